package de.mosaik.identity.domain;

import java.util.Optional;

/** Rules for passwords people choose (BSI ORP.4: length over complexity). */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {}

    /** The message key of the first broken rule, if any. */
    public static Optional<String> violation(String password, String email) {
        if (password.length() < MIN_LENGTH) {
            return Optional.of("identity.password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("identity.password.tooLong");
        }
        if (password.strip().equalsIgnoreCase(email.strip())) {
            return Optional.of("identity.password.isEmail");
        }
        return Optional.empty();
    }
}
