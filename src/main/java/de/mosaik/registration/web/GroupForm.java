package de.mosaik.registration.web;

import de.mosaik.shared.web.MultiLine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A group registration: the institution's contact person, the persons to register (one row each),
 * the answers to the event's questions and the consent, given once for all. {@code rows} is how
 * many person rows the form shows; empty rows are ignored.
 */
public record GroupForm(
        String contactName,
        String contactEmail,
        String institution,
        List<GroupForm.Person> people,
        @MultiLine Map<String, String> answers,
        String consent,
        String token,
        int rows) {

    static final int INITIAL_ROWS = 5;
    static final int MORE_ROWS = 5;
    static final int MAX_ROWS = 50;

    /**
     * One person of the group. {@code employer} is the body that employs the person, asked only for an event
     * offered to a network (an organisation id or "andere").
     */
    public record Person(String givenName, String familyName, String email, String targetGroup, String employer) {

        public Person {
            givenName = ApplicantRules.text(givenName);
            familyName = ApplicantRules.text(familyName);
            email = ApplicantRules.text(email);
            targetGroup = ApplicantRules.text(targetGroup);
            employer = ApplicantRules.text(employer);
        }

        static Person empty() {
            return new Person("", "", "", "", "");
        }

        public boolean blank() {
            return givenName.isEmpty() && familyName.isEmpty() && email.isEmpty();
        }
    }

    public GroupForm {
        contactName = ApplicantRules.text(contactName);
        contactEmail = ApplicantRules.text(contactEmail);
        institution = ApplicantRules.text(institution);
        // Mutable: after constructing the record the binder also sets the map's entries once more.
        answers = answers == null ? new LinkedHashMap<>() : new LinkedHashMap<>(answers);
        consent = ApplicantRules.text(consent);
        token = ApplicantRules.text(token);
        rows = Math.max(INITIAL_ROWS, Math.min(rows, MAX_ROWS));
        var filled = new ArrayList<Person>();
        if (people != null) {
            for (var person : people) {
                filled.add(person == null ? Person.empty() : person);
            }
        }
        rows = Math.max(rows, Math.min(filled.size(), MAX_ROWS));
        while (filled.size() < rows) {
            filled.add(Person.empty());
        }
        people = new ArrayList<>(filled.subList(0, rows));
    }

    static GroupForm blank() {
        return new GroupForm(
                "", "", "", List.of(), Map.of(), "", UUID.randomUUID().toString(), INITIAL_ROWS);
    }

    /** The same input with more empty rows to fill in. */
    GroupForm withMoreRows() {
        return new GroupForm(contactName, contactEmail, institution, people, answers, consent, token, rows + MORE_ROWS);
    }

    GroupForm withToken(String newToken) {
        return new GroupForm(contactName, contactEmail, institution, people, answers, consent, newToken, rows);
    }

    public String answer(UUID questionId) {
        return answers.getOrDefault(questionId.toString(), "");
    }

    public boolean consented() {
        return ApplicantRules.checked(consent);
    }

    public boolean canAddRows() {
        return rows < MAX_ROWS;
    }
}
