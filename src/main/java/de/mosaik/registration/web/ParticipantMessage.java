package de.mosaik.registration.web;

import de.mosaik.events.RegistrationTerms;
import de.mosaik.registration.RegistrationStatus;
import de.mosaik.registration.domain.Registration;
import de.mosaik.shared.web.FormErrors;
import de.mosaik.shared.web.PageContext;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The message page: who will get it (shown before sending) and the subject and text. */
public record ParticipantMessage(
        RegistrationTerms event,
        List<Registration> recipients,
        @Nullable RegistrationStatus status,
        String subject,
        String text,
        FormErrors errors) {

    public String list(PageContext ctx) {
        return ctx.tenant().path("/veranstaltungen/" + event.eventId() + "/anmeldungen");
    }
}
