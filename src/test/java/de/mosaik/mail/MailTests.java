package de.mosaik.mail;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class MailTests {

    @Test
    void rejectsLineBreaksInTheRecipient() {
        for (var to : new String[] {
            "a@example.org\r\nBcc: b@example.org", "a@example.org\nBcc: b@example.org", "a@example.org\r"
        }) {
            assertThatIllegalArgumentException().isThrownBy(() -> new Mail(null, to, "Betreff", "Text"));
        }
    }

    @Test
    void rejectsLineBreaksInTheSubject() {
        for (var subject : new String[] {"Betreff\r\nBcc: b@example.org", "Betreff\nX-Header: 1", "Betreff\r"}) {
            assertThatIllegalArgumentException().isThrownBy(() -> new Mail(null, "a@example.org", subject, "Text"));
        }
    }

    @Test
    void rejectsARecipientWithoutAddress() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Mail(null, " ", "Betreff", "Text"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Mail(null, "niemand", "Betreff", "Text"));
    }

    @Test
    void allowsLineBreaksInTheBody() {
        assertThatCode(() -> new Mail(null, "a@example.org", "Betreff – ä", "Zeile 1\r\nZeile 2\n"))
                .doesNotThrowAnyException();
    }
}
