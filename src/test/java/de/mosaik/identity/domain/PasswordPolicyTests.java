package de.mosaik.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    private static final String EMAIL = "jonas.becker@kreis-dueren.de";

    @Test
    void needsAtLeastTwelveCharacters() {
        assertThat(PasswordPolicy.violation("elf Zeichen", EMAIL)).contains("identity.password.tooShort");
        assertThat(PasswordPolicy.violation("", EMAIL)).contains("identity.password.tooShort");
        assertThat(PasswordPolicy.violation("zwölf Zeiche", EMAIL)).isEmpty();
    }

    @Test
    void allowsLongPassphrasesUpToTheLimit() {
        assertThat(PasswordPolicy.violation("a".repeat(PasswordPolicy.MAX_LENGTH), EMAIL))
                .isEmpty();
        assertThat(PasswordPolicy.violation("a".repeat(PasswordPolicy.MAX_LENGTH + 1), EMAIL))
                .contains("identity.password.tooLong");
    }

    @Test
    void asksForLengthNotForSpecialCharacters() {
        assertThat(PasswordPolicy.violation("pferd batterie heftklammer", EMAIL))
                .isEmpty();
    }

    @Test
    void mustNotBeTheEmailAddress() {
        assertThat(PasswordPolicy.violation(EMAIL, EMAIL)).contains("identity.password.isEmail");
        assertThat(PasswordPolicy.violation(EMAIL.toUpperCase(), EMAIL)).contains("identity.password.isEmail");
        assertThat(PasswordPolicy.violation(" " + EMAIL + " ", EMAIL)).contains("identity.password.isEmail");
        assertThat(PasswordPolicy.violation(EMAIL + "!", EMAIL)).isEmpty();
    }
}
