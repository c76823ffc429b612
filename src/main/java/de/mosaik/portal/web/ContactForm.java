package de.mosaik.portal.web;

import de.mosaik.portal.ContactDetails;
import de.mosaik.portal.ContactKind;
import de.mosaik.portal.domain.Contact;
import de.mosaik.shared.EmailAddress;
import de.mosaik.shared.web.MultiLine;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

public record ContactForm(
        @Nullable String kind,
        @Nullable String name,
        @Nullable String responsibility,
        @Nullable String phone,
        @Nullable String email,
        @MultiLine @Nullable String consultationHours,
        @Nullable List<String> languages,
        int version) {

    static ContactForm empty() {
        return new ContactForm("PERSON", "", "", "", "", "", List.of(), 0);
    }

    static ContactForm of(Contact contact) {
        var d = contact.details();
        return new ContactForm(
                d.kind().name(),
                d.name(),
                d.responsibility(),
                d.phone(),
                d.email(),
                d.consultationHours(),
                d.languages(),
                contact.version());
    }

    ContactForm withVersion(int newVersion) {
        return new ContactForm(kind, name, responsibility, phone, email, consultationHours, languages, newVersion);
    }

    public boolean speaks(String code) {
        return FormText.list(languages).contains(code);
    }

    void check(BindingResult result) {
        var name = FormText.strip(this.name);
        if (name.isEmpty()) {
            result.rejectValue("name", "portal.contact.name.required");
        } else if (name.length() > 200) {
            result.rejectValue("name", "portal.content.tooLong");
        }
        if (!"PERSON".equals(kind) && !"DESK".equals(kind)) {
            result.rejectValue("kind", "portal.contact.kind.required");
        }
        var phone = FormText.strip(this.phone);
        if (phone.length() > 50 || !phone.matches("[0-9+ ()/\\-]*")) {
            result.rejectValue("phone", "portal.contact.phone.invalid");
        }
        var email = FormText.strip(this.email);
        if (!email.isEmpty() && !EmailAddress.isValid(email)) {
            result.rejectValue("email", "portal.contact.email.invalid");
        }
        if (FormText.strip(responsibility).length() > 500) {
            result.rejectValue("responsibility", "portal.content.tooLong");
        }
    }

    ContactDetails details() {
        return new ContactDetails(
                ContactKind.valueOf(kind == null ? "PERSON" : kind),
                FormText.strip(name),
                FormText.strip(responsibility),
                FormText.strip(phone),
                FormText.strip(email),
                FormText.multiline(consultationHours),
                SpokenLanguages.known(FormText.list(languages)));
    }
}
