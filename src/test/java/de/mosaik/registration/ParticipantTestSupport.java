package de.mosaik.registration;

import de.mosaik.registration.domain.Applicant;
import de.mosaik.registration.domain.Registration;
import de.mosaik.registration.domain.RegistrationService;
import de.mosaik.registration.domain.Source;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Registrations and their state for the participant and notification tests. */
final class ParticipantTestSupport {

    private final JdbcClient jdbc;
    private final RegistrationService registrationService;

    ParticipantTestSupport(JdbcClient jdbc, RegistrationService registrationService) {
        this.jdbc = jdbc;
        this.registrationService = registrationService;
    }

    static Applicant person(String givenName, String email) {
        return person(givenName, email, "de", Map.of());
    }

    static Applicant person(String givenName, String email, String locale, Map<UUID, String> answers) {
        return new Applicant(givenName, "Muster", email, "Gesamtschule Nord", null, answers, "", locale);
    }

    Registration register(UUID tenant, UUID event, Applicant applicant) {
        return registrationService
                .register(
                        tenant, event, applicant, Source.WEB, UUID.randomUUID().toString())
                .registration();
    }

    String status(UUID registration) {
        return jdbc.sql("select status from registration.registration where id = ?")
                .param(registration)
                .query(String.class)
                .single();
    }

    /** Mails queued for the recipient whose occasion names this notice, e.g. {@code cancelled_by_staff}. */
    int queued(String recipient, String notice) {
        return jdbc.sql("select count(*) from mail.outgoing_mail where recipient = ? and occasion like ?")
                .params(recipient, "registration/%/" + notice + "/%")
                .query(Integer.class)
                .single();
    }

    int queued(String recipient) {
        return jdbc.sql("select count(*) from mail.outgoing_mail where recipient = ?")
                .param(recipient)
                .query(Integer.class)
                .single();
    }
}
