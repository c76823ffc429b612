package de.mosaik.events.domain;

import de.mosaik.events.EventCalendar;
import de.mosaik.events.EventSeats;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Interim iCalendar writer until the catalogue's one lands. */
@Component
class CalendarWriter implements EventCalendar {

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final EventSeats seats;

    CalendarWriter(EventSeats seats) {
        this.seats = seats;
    }

    @Override
    public byte[] event(UUID tenantId, UUID eventId, boolean forParticipant) {
        var terms = seats.terms(tenantId, eventId).orElseThrow();
        var ics = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Mosaik//DE\r\n");
        int i = 0;
        for (var session : terms.sessions()) {
            ics.append("BEGIN:VEVENT\r\nUID:")
                    .append(eventId)
                    .append('-')
                    .append(i++)
                    .append("\r\n")
                    .append("DTSTAMP:")
                    .append(UTC.format(session.startsAt()))
                    .append("\r\n")
                    .append("DTSTART:")
                    .append(UTC.format(session.startsAt()))
                    .append("\r\n")
                    .append("DTEND:")
                    .append(UTC.format(session.endsAt()))
                    .append("\r\n")
                    .append("SUMMARY:")
                    .append(terms.title().replace(",", "\\,"))
                    .append("\r\n")
                    .append("END:VEVENT\r\n");
        }
        return ics.append("END:VCALENDAR\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }
}
