package de.mosaik.registration.web;

import de.mosaik.events.RegistrationTerms;
import de.mosaik.shared.text.BerlinTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/** Dates and times of an event in Europe/Berlin, written the way the reader's language writes them. */
final class EventDates {

    private EventDates() {}

    /** The sessions of {@code event}; online links only when {@code withOnlineLinks} (confirmed participants). */
    static List<SessionLine> sessions(RegistrationTerms event, Locale locale, boolean withOnlineLinks) {
        var date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                .withLocale(locale)
                .withZone(BerlinTime.ZONE);
        var time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(BerlinTime.ZONE);
        return event.sessions().stream()
                .map(session -> {
                    var start = session.startsAt().atZone(BerlinTime.ZONE);
                    var end = session.endsAt().atZone(BerlinTime.ZONE);
                    var when = start.toLocalDate().equals(end.toLocalDate())
                            ? date.format(start) + ", " + time.format(start) + "–" + time.format(end)
                            : date.format(start) + ", " + time.format(start) + " – " + date.format(end) + ", "
                                    + time.format(end);
                    return new SessionLine(
                            when,
                            session.startsAt().toString(),
                            session.place(),
                            session.online(),
                            withOnlineLinks ? session.onlineUrl() : "");
                })
                .toList();
    }
}
