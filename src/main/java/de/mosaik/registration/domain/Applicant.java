package de.mosaik.registration.domain;

import de.mosaik.shared.EmailAddress;
import de.mosaik.shared.security.Tokens;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
        String locale) {

    /**
     * A SHA-256 over everything that is registered, with the address normalised and the answers in
     * a fixed order: two requests with the same fingerprint ask for the same registration.
     */
    public String fingerprint() {
        var text = new StringBuilder();
        for (var part : List.of(
                givenName,
                familyName,
                EmailAddress.normalize(email),
                institution,
                String.valueOf(targetGroupId),
                accessibilityNeeds,
                locale)) {
            // Each part with its length, so that no two different lists of texts run together alike.
            text.append(part.length()).append(':').append(part);
        }
        new TreeMap<>(answers)
                .forEach((question, answer) -> text.append(question)
                        .append('=')
                        .append(answer.length())
                        .append(':')
                        .append(answer));
        return Tokens.sha256Hex(text.toString());
    }
}
