package de.mosaik.mail.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which links of a mail the Postausgang shows to administrators. */
class OutboxMailLinkTests {

    private static final String LINK = "https://mosaik.example/passwort-neu/geheim123";
    private static final String HIDDEN = "[Link ausgeblendet]";

    @Test
    void aConfidentialMailStoredWithoutAMailServerShowsItsLinkOnlyInDemoMode() {
        var stored = mail(true, OutboxMail.Status.STORED);

        assertThat(stored.bodyForAdministrators(HIDDEN, true)).contains(LINK);
        assertThat(stored.bodyForAdministrators(HIDDEN, false))
                .doesNotContain(LINK)
                .contains(HIDDEN);
    }

    @Test
    void aConfidentialMailOnItsWayOrSentNeverShowsItsLink() {
        for (var status :
                new OutboxMail.Status[] {OutboxMail.Status.PENDING, OutboxMail.Status.SENT, OutboxMail.Status.FAILED}) {
            assertThat(mail(true, status).bodyForAdministrators(HIDDEN, true)).doesNotContain(LINK);
            assertThat(mail(true, status).bodyForAdministrators(HIDDEN, false)).doesNotContain(LINK);
        }
    }

    @Test
    void anOrdinaryMailKeepsItsLinks() {
        assertThat(mail(false, OutboxMail.Status.STORED).bodyForAdministrators(HIDDEN, false))
                .contains(LINK);
    }

    private static OutboxMail mail(boolean confidential, OutboxMail.Status status) {
        return new OutboxMail(
                UUID.randomUUID(),
                null,
                "person@example.org",
                "Passwort",
                "Ihr Link: " + LINK + "\nGruß",
                "<id@test>",
                confidential,
                status,
                1,
                null,
                Instant.now(),
                null);
    }
}
