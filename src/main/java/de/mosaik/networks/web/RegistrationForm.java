package de.mosaik.networks.web;

import de.mosaik.networks.domain.MeetingRegistrations;
import de.mosaik.shared.EmailAddress;
import org.springframework.validation.BindingResult;

/** A registration for a meeting: the delegate's own (name and address from the account) or a colleague's. */
public record RegistrationForm(String givenName, String familyName, String email, boolean colleague) {
    /** Fields a request leaves out arrive as null; they count as empty. */
    public RegistrationForm {
        givenName = givenName == null ? "" : givenName;
        familyName = familyName == null ? "" : familyName;
        email = email == null ? "" : email;
    }

    public static RegistrationForm empty() {
        return new RegistrationForm("", "", "", true);
    }

    void check(BindingResult result) {
        var given = FormText.strip(givenName);
        var family = FormText.strip(familyName);
        if (given.isEmpty()) {
            result.rejectValue("givenName", "networks.meeting.registration.givenName.required");
        } else if (given.length() > 100) {
            result.rejectValue("givenName", "networks.meeting.form.tooLong");
        }
        if (family.isEmpty()) {
            result.rejectValue("familyName", "networks.meeting.registration.familyName.required");
        } else if (family.length() > 100) {
            result.rejectValue("familyName", "networks.meeting.form.tooLong");
        }
        if (colleague && !EmailAddress.isValid(email)) {
            result.rejectValue("email", "networks.meeting.registration.email.invalid");
        }
    }

    MeetingRegistrations.Person person(String accountEmail) {
        return new MeetingRegistrations.Person(
                FormText.strip(givenName), FormText.strip(familyName), colleague ? email.strip() : accountEmail);
    }
}
