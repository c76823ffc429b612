package de.mosaik.registration.domain;

import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One person to register, as entered in a form or sent to the API, already checked for form errors.
 * {@code answers} maps question ids to answers; {@code locale} is the language the mails will use.
 */
public record Applicant(
        String givenName,
        String familyName,
        String email,
        String institution,
        @Nullable UUID targetGroupId,
        Map<UUID, String> answers,
        String accessibilityNeeds,
        String locale) {}
