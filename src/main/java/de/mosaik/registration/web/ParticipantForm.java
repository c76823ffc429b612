package de.mosaik.registration.web;

import de.mosaik.registration.domain.Registration;
import de.mosaik.shared.web.MultiLine;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The person's details as staff enter or correct them. The answers to the event's questions come
 * as {@code answers[<question id>]} and are read separately; ids are never bound.
 */
public record ParticipantForm(
        @Nullable String givenName,
        @Nullable String familyName,
        @Nullable String email,
        @Nullable String institution,
        @Nullable String targetGroup,
        @MultiLine @Nullable String accessibilityNeeds,
        @Nullable String locale,
        @Nullable Integer version,
        @Nullable Boolean notifyPerson,
        @Nullable String idempotencyKey) {

    static ParticipantForm empty() {
        return new ParticipantForm(
                "", "", "", "", "", "", "de", 0, true, UUID.randomUUID().toString());
    }

    static ParticipantForm of(Registration registration) {
        return new ParticipantForm(
                registration.givenName(),
                registration.familyName(),
                registration.email(),
                registration.institution(),
                registration.targetGroupId() == null
                        ? ""
                        : registration.targetGroupId().toString(),
                registration.accessibilityNeeds(),
                registration.locale(),
                registration.version(),
                false,
                null);
    }

    ParticipantForm withVersion(int newVersion) {
        return new ParticipantForm(
                givenName,
                familyName,
                email,
                institution,
                targetGroup,
                accessibilityNeeds,
                locale,
                newVersion,
                notifyPerson,
                idempotencyKey);
    }

    static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}
