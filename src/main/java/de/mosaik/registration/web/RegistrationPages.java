package de.mosaik.registration.web;

import de.mosaik.events.EventSeats;
import de.mosaik.events.EventStatus;
import de.mosaik.events.EventTexts;
import de.mosaik.events.EventTranslations;
import de.mosaik.events.RegistrationTerms;
import de.mosaik.events.Term;
import de.mosaik.events.TermKind;
import de.mosaik.identity.TenantProfile;
import de.mosaik.identity.Tenants;
import de.mosaik.shared.i18n.UiLanguage;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Finds the tenant and event a public registration page is about; only active tenants and non-draft events are served. */
@Component
class RegistrationPages {

    private final Tenants tenants;
    private final EventSeats seats;
    private final EventTranslations translations;

    RegistrationPages(Tenants tenants, EventSeats seats, EventTranslations translations) {
        this.tenants = tenants;
        this.seats = seats;
        this.translations = translations;
    }

    /** The event's texts in the page's language, German where they are not translated. */
    EventTexts texts(RegistrationTerms event, Locale locale) {
        return translations
                .texts(event.tenantId(), event.eventId(), UiLanguage.of(locale))
                .orElseThrow(() -> new IllegalStateException("the event was found a moment ago"));
    }

    Optional<TenantProfile> tenant(String slug) {
        return tenants.bySlug(slug).filter(TenantProfile::active);
    }

    /** The active tenant, with its branding already in the model, so that even a message page shows the tenant's look. */
    Optional<TenantProfile> tenantWithBranding(String slug, Model model) {
        var tenant = tenant(slug);
        tenant.ifPresent(t -> model.addAttribute("branding", t.branding()));
        return tenant;
    }

    /**
     * The event a registration form is about, if it can be registered for now. Otherwise empty, and the
     * model and response already hold the message page that says why, so the caller only returns {@link MessagePage#VIEW}.
     */
    Optional<OpenEvent> openEvent(String slug, String eventId, Model model, HttpServletResponse response) {
        var tenant = tenantWithBranding(slug, model);
        var event = tenant.flatMap(t -> event(t.id(), eventId));
        if (event.isEmpty()) {
            MessagePage.notFound(model, response);
            return Optional.empty();
        }
        if (!event.get().registrationOpen(Instant.now())) {
            MessagePage.closed(model, response, RegistrationFormController.eventHref(slug, eventId));
            return Optional.empty();
        }
        return Optional.of(new OpenEvent(tenant.get(), event.get()));
    }

    /**
     * The event's registration terms; drafts and events of a closed audience count as unknown, since the public must
     * not learn of them.
     */
    Optional<RegistrationTerms> event(UUID tenantId, String eventId) {
        return uuid(eventId)
                .flatMap(id -> seats.terms(tenantId, id))
                .filter(event -> event.status() != EventStatus.DRAFT && !event.closedAudience());
    }

    List<Term> targetGroups(UUID tenantId) {
        return seats.terms(tenantId, TermKind.TARGET_GROUP);
    }

    /** An event open for registration, together with the tenant it belongs to. */
    record OpenEvent(TenantProfile tenant, RegistrationTerms event) {}

    static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
