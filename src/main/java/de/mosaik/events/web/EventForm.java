package de.mosaik.events.web;

import de.mosaik.events.domain.EventDetails;
import de.mosaik.events.domain.ManagedEvent;
import de.mosaik.shared.EmailAddress;
import de.mosaik.shared.web.MultiLine;
import java.util.List;
import java.util.UUID;
import org.springframework.validation.BindingResult;

/**
 * The details of an event: what it is about, for whom, in which languages, and whom to ask. The
 * description field is named apart from {@code description}, which other forms bind as a map.
 */
public record EventForm(
        String title,
        String format,
        @MultiLine String summary,
        @MultiLine String descriptionMarkdown,
        List<String> topics,
        List<String> targetGroups,
        List<String> languages,
        String contactName,
        String contactEmail,
        String contactPhone,
        int version) {

    /** Languages an event can be held in, offered as checkboxes. */
    public static final List<String> LANGUAGES = List.of("de", "en", "ar", "uk", "tr", "ru", "fa", "pl", "ro", "ku");

    static EventForm empty() {
        return new EventForm("", "", "", "", List.of(), List.of(), List.of("de"), "", "", "", 0);
    }

    static EventForm of(ManagedEvent event) {
        var d = event.details();
        return new EventForm(
                d.title(),
                d.formatId().toString(),
                d.summary(),
                d.description(),
                d.topicIds().stream().map(UUID::toString).toList(),
                d.targetGroupIds().stream().map(UUID::toString).toList(),
                d.languages(),
                d.contactName(),
                d.contactEmail(),
                d.contactPhone(),
                event.version());
    }

    public boolean hasTopic(UUID id) {
        return Text.list(topics).contains(id.toString());
    }

    public boolean hasTargetGroup(UUID id) {
        return Text.list(targetGroups).contains(id.toString());
    }

    public boolean hasLanguage(String code) {
        return Text.list(languages).contains(code);
    }

    /** Checks the fields in the order they appear; whether terms belong to the tenant is checked by the caller. */
    void check(BindingResult result) {
        var title = Text.strip(this.title);
        if (title.isEmpty()) {
            result.rejectValue("title", "events.event.title.required");
        } else if (title.length() > 300) {
            result.rejectValue("title", "events.event.title.tooLong");
        }
        if (Text.uuid(format).isEmpty()) {
            result.rejectValue("format", "events.event.format.required");
        }
        if (Text.strip(summary).length() > 1000) {
            result.rejectValue("summary", "events.event.summary.tooLong");
        }
        if (Text.list(languages).isEmpty() || !LANGUAGES.containsAll(Text.list(languages))) {
            result.rejectValue("languages", "events.event.languages.required");
        }
        if (Text.strip(contactName).length() > 200) {
            result.rejectValue("contactName", "events.event.contactName.tooLong");
        }
        var email = Text.strip(contactEmail);
        if (!email.isEmpty() && !EmailAddress.isValid(email)) {
            result.rejectValue("contactEmail", "events.event.contactEmail.invalid");
        }
        if (Text.strip(contactPhone).length() > 50) {
            result.rejectValue("contactPhone", "events.event.contactPhone.tooLong");
        }
    }

    EventDetails details() {
        return new EventDetails(
                Text.strip(title),
                Text.uuid(format).orElseThrow(),
                Text.strip(summary),
                descriptionMarkdown == null ? "" : descriptionMarkdown.strip(),
                Text.uuids(topics),
                Text.uuids(targetGroups),
                LANGUAGES.stream().filter(Text.list(languages)::contains).toList(),
                Text.strip(contactName),
                Text.strip(contactEmail),
                Text.strip(contactPhone));
    }
}
