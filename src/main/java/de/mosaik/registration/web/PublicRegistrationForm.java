package de.mosaik.registration.web;

import de.mosaik.shared.web.MultiLine;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The public registration form as submitted. {@code answers} maps question ids to answers;
 * {@code token} is the idempotency token the form page was given, so that a double submit counts once;
 * {@code employer} is the body that employs the person, asked only for an event offered to a network.
 */
public record PublicRegistrationForm(
        String givenName,
        String familyName,
        String email,
        String institution,
        String targetGroup,
        @MultiLine Map<String, String> answers,
        @MultiLine String accessibilityNeeds,
        String consent,
        String token,
        String employer) {

    public PublicRegistrationForm {
        givenName = ApplicantRules.text(givenName);
        familyName = ApplicantRules.text(familyName);
        email = ApplicantRules.text(email);
        institution = ApplicantRules.text(institution);
        targetGroup = ApplicantRules.text(targetGroup);
        // Mutable: after constructing the record the binder also sets the map's entries once more.
        answers = answers == null ? new LinkedHashMap<>() : new LinkedHashMap<>(answers);
        accessibilityNeeds = ApplicantRules.text(accessibilityNeeds);
        consent = ApplicantRules.text(consent);
        token = ApplicantRules.text(token);
        employer = ApplicantRules.text(employer);
    }

    static PublicRegistrationForm blank() {
        return new PublicRegistrationForm(
                "", "", "", "", "", Map.of(), "", "", UUID.randomUUID().toString(), "");
    }

    public String answer(UUID questionId) {
        return answers.getOrDefault(questionId.toString(), "");
    }

    public boolean consented() {
        return ApplicantRules.checked(consent);
    }

    PublicRegistrationForm withToken(String newToken) {
        return new PublicRegistrationForm(
                givenName,
                familyName,
                email,
                institution,
                targetGroup,
                answers,
                accessibilityNeeds,
                consent,
                newToken,
                employer);
    }
}
