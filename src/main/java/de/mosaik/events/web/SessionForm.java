package de.mosaik.events.web;

import de.mosaik.events.domain.EventSession;
import de.mosaik.events.domain.SessionInput;
import de.mosaik.shared.text.BerlinTime;
import de.mosaik.shared.web.MultiLine;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/**
 * One session as entered: a date with start and end time in Europe/Berlin, a venue and/or an
 * online link. {@code sessionId} is empty for a new session. {@code inform} and {@code informNote}
 * are offered when people may already have registered. A new session in the past is usually a
 * typing error (a wrong year), so it is saved only with {@code pastConfirmed}, ticked on purpose.
 */
public record SessionForm(
        String sessionId,
        String date,
        String start,
        String end,
        String venue,
        boolean online,
        String onlineUrl,
        String note,
        boolean inform,
        @MultiLine String informNote,
        @Nullable Boolean pastConfirmed) {

    static SessionForm empty() {
        return new SessionForm("", "", "", "", "", false, "", "", false, "", false);
    }

    static SessionForm of(EventSession s) {
        return new SessionForm(
                s.id().toString(),
                BerlinTime.dateInput(s.startsAt()),
                BerlinTime.timeInput(s.startsAt()),
                BerlinTime.timeInput(s.endsAt()),
                s.venueId() == null ? "" : s.venueId().toString(),
                s.online(),
                s.onlineUrl(),
                s.note(),
                false,
                "",
                false);
    }

    /** Ticked only on the second try, after the form said the session lies in the past. */
    public boolean pastTicked() {
        return Boolean.TRUE.equals(pastConfirmed);
    }

    public boolean editing() {
        return !Text.strip(sessionId).isEmpty();
    }

    Optional<Instant> startsAt() {
        return BerlinTime.parse(date, start);
    }

    Optional<Instant> endsAt() {
        return BerlinTime.parse(date, end);
    }

    void check(BindingResult result) {
        check(result, Instant.now());
    }

    void check(BindingResult result, Instant now) {
        if (!editing() && !pastTicked() && startsAt().map(s -> s.isBefore(now)).orElse(false)) {
            result.rejectValue("pastConfirmed", "events.session.past.confirm");
        }
        if (BerlinTime.parse(date, "00:00").isEmpty()) {
            result.rejectValue("date", "events.session.date.required");
        }
        if (startsAt().isEmpty() && !result.hasFieldErrors("date")) {
            result.rejectValue("start", "events.session.start.required");
        }
        if (endsAt().isEmpty() && !result.hasFieldErrors("date")) {
            result.rejectValue("end", "events.session.end.required");
        } else if (startsAt().isPresent() && !endsAt().get().isAfter(startsAt().get())) {
            result.rejectValue("end", "events.session.end.beforeStart");
        }
        if (Text.strip(venue).isEmpty() && !online) {
            result.rejectValue("venue", "events.session.place.required");
        } else if (!Text.strip(venue).isEmpty() && Text.uuid(venue).isEmpty()) {
            result.rejectValue("venue", "events.session.place.required");
        }
        var url = Text.strip(onlineUrl);
        if (online && !url.matches("https://\\S+")) {
            result.rejectValue("onlineUrl", "events.session.onlineUrl.invalid");
        } else if (url.length() > 500) {
            result.rejectValue("onlineUrl", "events.session.onlineUrl.invalid");
        }
        if (Text.strip(note).length() > 500) {
            result.rejectValue("note", "events.session.note.tooLong");
        }
    }

    SessionInput input() {
        return new SessionInput(
                startsAt().orElseThrow(),
                endsAt().orElseThrow(),
                Text.uuid(venue).orElse(null),
                online,
                online ? Text.strip(onlineUrl) : "",
                Text.strip(note));
    }
}
