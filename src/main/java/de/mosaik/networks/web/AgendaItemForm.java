package de.mosaik.networks.web;

import de.mosaik.networks.domain.AgendaItem;
import java.time.LocalTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** An agenda item: the session it belongs to, an optional time, title, speakers and an optional link. */
public record AgendaItemForm(
        String sessionId, String startsAt, String title, String speakers, String link, int version) {
    /** Fields a request leaves out arrive as null; they count as empty. */
    public AgendaItemForm {
        sessionId = sessionId == null ? "" : sessionId;
        startsAt = startsAt == null ? "" : startsAt;
        title = title == null ? "" : title;
        speakers = speakers == null ? "" : speakers;
        link = link == null ? "" : link;
    }

    public static AgendaItemForm empty(UUID sessionId) {
        return new AgendaItemForm(sessionId.toString(), "", "", "", "", 0);
    }

    static AgendaItemForm of(AgendaItem item) {
        return new AgendaItemForm(
                item.sessionId().toString(),
                FormText.time(item.startsAt()),
                item.title(),
                item.speakers(),
                item.link(),
                item.version());
    }

    AgendaItemForm withVersion(int newVersion) {
        return new AgendaItemForm(sessionId, startsAt, title, speakers, link, newVersion);
    }

    void check(BindingResult result) {
        if (FormText.uuid(sessionId) == null) {
            result.rejectValue("sessionId", "networks.meeting.item.session.unknown");
        }
        if (!startsAt.isBlank() && FormText.time(startsAt) == null) {
            result.rejectValue("startsAt", "networks.meeting.form.time");
        }
        var title = FormText.strip(this.title);
        if (title.isEmpty()) {
            result.rejectValue("title", "networks.meeting.item.title.required");
        } else if (title.length() > 300) {
            result.rejectValue("title", "networks.meeting.form.tooLong");
        }
        if (FormText.strip(speakers).length() > 500) {
            result.rejectValue("speakers", "networks.meeting.form.tooLong");
        }
        var link = FormText.strip(this.link);
        if (link.length() > 500) {
            result.rejectValue("link", "networks.meeting.form.tooLong");
        } else if (!FormText.acceptableLink(link)) {
            result.rejectValue("link", "networks.meeting.item.link.invalid");
        }
    }

    UUID session() {
        return UUID.fromString(sessionId.strip());
    }

    @Nullable
    LocalTime time() {
        return FormText.time(startsAt);
    }

    String titleValue() {
        return FormText.strip(title);
    }

    String speakersValue() {
        return FormText.strip(speakers);
    }

    String linkValue() {
        return FormText.strip(link);
    }
}
