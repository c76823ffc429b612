package de.mosaik.attendance.web;

import de.mosaik.attendance.domain.SessionRef;
import de.mosaik.events.EventStaff;
import de.mosaik.shared.text.BerlinTime;
import java.util.Locale;

/** Dates and times of the attendance pages, always in Europe/Berlin. */
public final class Times {

    private Times() {}

    /** "Di., 12.05.2026, 09:00–16:00" */
    public static String session(SessionRef session, Locale locale) {
        return BerlinTime.date(session.startsAt(), locale) + ", " + BerlinTime.time(session.startsAt(), locale) + "–"
                + BerlinTime.time(session.endsAt(), locale);
    }

    public static String session(EventStaff.TrainerSession session, Locale locale) {
        return BerlinTime.date(session.startsAt(), locale) + ", " + BerlinTime.time(session.startsAt(), locale) + "–"
                + BerlinTime.time(session.endsAt(), locale);
    }
}
