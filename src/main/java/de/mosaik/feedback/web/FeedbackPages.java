package de.mosaik.feedback.web;

import de.mosaik.feedback.domain.FeedbackEvent;
import de.mosaik.feedback.domain.FeedbackSettingsService;
import de.mosaik.shared.web.BackOfficeTenant;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** What the staff's feedback pages share: their paths and the tenant's event of the path, or 404. */
@Component
class FeedbackPages {

    static final String BASE = "/verwaltung/{slug}/veranstaltungen/{id}/feedback";
    static final String PERIOD = "/verwaltung/{slug}/feedback";

    private final FeedbackSettingsService feedbackSettingsService;

    FeedbackPages(FeedbackSettingsService feedbackSettingsService) {
        this.feedbackSettingsService = feedbackSettingsService;
    }

    /** The tenant's event, or 404 (also for another tenant's event id). */
    FeedbackEvent event(BackOfficeTenant tenant, UUID eventId) {
        return feedbackSettingsService.event(tenant.id(), eventId).orElseThrow(FeedbackPages::notFound);
    }

    static String base(BackOfficeTenant tenant, UUID eventId) {
        return tenant.path("/veranstaltungen/" + eventId + "/feedback");
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
