package de.mosaik.selfservice.domain;

import java.util.Locale;

/**
 * How an address is compared with {@code registration.registration.email_normalized}: the same
 * rule the registration module applies when it stores a registration, so that a person finds
 * every registration made with any spelling of their address.
 */
final class EmailNormalization {

    private EmailNormalization() {}

    static String normalize(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
