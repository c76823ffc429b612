package de.mosaik.certificates.domain;

import java.util.UUID;

/** A confirmed registration of an event, as far as certificates and sign-in sheets need it. */
public record Participant(
        UUID registrationId,
        String givenName,
        String familyName,
        String email,
        String emailNormalized,
        String institution,
        String locale) {

    public String name() {
        return givenName + " " + familyName;
    }
}
