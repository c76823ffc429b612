package de.mosaik.demo;

import de.mosaik.events.EventStatus;
import de.mosaik.shared.text.BerlinTime;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Turns an event's relative days into real dates around the moment the demo is seeded. */
final class DemoSchedule {

    /** Public holidays in North Rhine-Westphalia with a fixed date. */
    private static final Set<MonthDay> HOLIDAYS = Set.of(
            MonthDay.of(1, 1),
            MonthDay.of(5, 1),
            MonthDay.of(10, 3),
            MonthDay.of(11, 1),
            MonthDay.of(12, 25),
            MonthDay.of(12, 26));

    record Slot(Instant startsAt, Instant endsAt) {}

    private final Instant now;
    private final LocalDate today;

    DemoSchedule(Instant now) {
        this.now = now;
        this.today = now.atZone(BerlinTime.ZONE).toLocalDate();
    }

    Instant now() {
        return now;
    }

    List<Slot> slots(DemoEvent event) {
        var date = workday(today.plusDays(event.day), event.past());
        var slots = new ArrayList<Slot>();
        for (int i = 0; i < event.sessions; i++) {
            if (i > 0) {
                // From the previous session, so that a holiday never puts two sessions on one day.
                date = workday(date.plusDays(event.everyDays), false);
            }
            slots.add(new Slot(
                    ZonedDateTime.of(date, event.from, BerlinTime.ZONE).toInstant(),
                    ZonedDateTime.of(date, event.to, BerlinTime.ZONE).toInstant()));
        }
        return slots;
    }

    /** Held events that lie further back are archived, as staff would do after a while. */
    EventStatus status(DemoEvent event) {
        if (event.status != null) {
            return event.status;
        }
        if (!event.past()) {
            return EventStatus.PUBLISHED;
        }
        return event.day < -60 ? EventStatus.ARCHIVED : EventStatus.HELD;
    }

    /** When staff created the event: some weeks before it, but never in the future. */
    Instant createdAt(Instant firstStart, int weeksAhead) {
        var planned = firstStart.minus(Duration.ofDays(7L * weeksAhead));
        var latest = now.minus(Duration.ofDays(3));
        return planned.isBefore(latest) ? planned : latest;
    }

    /**
     * Moves a date off weekends, fixed public holidays and the days between Christmas and New Year:
     * forwards for coming events, backwards for past ones, so that neither crosses today.
     */
    private static LocalDate workday(LocalDate date, boolean past) {
        var day = date;
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY
                || day.getDayOfWeek() == DayOfWeek.SUNDAY
                || HOLIDAYS.contains(MonthDay.from(day))
                || (day.getMonthValue() == 12 && day.getDayOfMonth() >= 23)) {
            day = past ? day.minusDays(1) : day.plusDays(1);
        }
        return day;
    }
}
