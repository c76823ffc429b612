package de.mosaik.networks.web;

import de.mosaik.networks.domain.MeetingSession;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.validation.BindingResult;

/** A session of a meeting: its day, from and to, and an optional title. */
public record SessionForm(String day, String startsAt, String endsAt, String title, int version) {
    /** Fields a request leaves out arrive as null; they count as empty. */
    public SessionForm {
        day = day == null ? "" : day;
        startsAt = startsAt == null ? "" : startsAt;
        endsAt = endsAt == null ? "" : endsAt;
        title = title == null ? "" : title;
    }

    static SessionForm empty() {
        return new SessionForm("", "", "", "", 0);
    }

    static SessionForm of(MeetingSession s) {
        return new SessionForm(
                s.day().toString(), FormText.time(s.startsAt()), FormText.time(s.endsAt()), s.title(), s.version());
    }

    SessionForm withVersion(int newVersion) {
        return new SessionForm(day, startsAt, endsAt, title, newVersion);
    }

    void check(BindingResult result) {
        if (FormText.date(day) == null) {
            result.rejectValue("day", "networks.meeting.form.date");
        }
        var from = FormText.time(startsAt);
        var to = FormText.time(endsAt);
        if (from == null) {
            result.rejectValue("startsAt", "networks.meeting.form.time");
        }
        if (to == null) {
            result.rejectValue("endsAt", "networks.meeting.form.time");
        } else if (from != null && !to.isAfter(from)) {
            result.rejectValue("endsAt", "networks.meeting.session.endsAt.beforeStart");
        }
        if (FormText.strip(title).length() > 200) {
            result.rejectValue("title", "networks.meeting.form.tooLong");
        }
    }

    LocalDate dayValue() {
        return LocalDate.parse(day.strip());
    }

    LocalTime from() {
        return LocalTime.parse(startsAt.strip());
    }

    LocalTime to() {
        return LocalTime.parse(endsAt.strip());
    }

    String titleValue() {
        return FormText.strip(title);
    }
}
