package de.mosaik.demo;

import de.mosaik.demo.DemoHistoryCatalogue.Kind;
import de.mosaik.demo.DemoPeople.DemoPerson;
import de.mosaik.shared.text.BerlinTime;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Decides, without touching the database, which events a tenant held since January 2020 and who
 * came: a gap in spring 2020, online formats until autumn 2021, then mostly in person again. About
 * half of each event's participants came before, so that people are counted once however often
 * they came. The same random generator gives the same history.
 */
final class DemoHistoryPlan {

    static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);
    private static final YearMonth PANDEMIC_GAP_FROM = YearMonth.of(2020, 4);
    /** The first lockdown began in mid-March 2020. */
    private static final LocalDate LOCKDOWN = LocalDate.of(2020, 3, 12);

    private static final YearMonth PANDEMIC_GAP_UNTIL = YearMonth.of(2020, 8);
    private static final YearMonth ONLINE_UNTIL = YearMonth.of(2021, 9);

    /** How a person's mark reads in one session. */
    enum Mark {
        ATTENDED,
        EXCUSED,
        ABSENT
    }

    record Registration(
            DemoPerson person, Instant createdAt, @Nullable Instant cancelledAt, List<Mark> marks) {}

    record Session(Instant startsAt, Instant endsAt) {}

    record Event(Kind kind, boolean online, int capacity, List<Session> sessions, List<Registration> registrations) {

        Instant firstStart() {
            return sessions.get(0).startsAt();
        }

        Instant lastEnd() {
            return sessions.get(sessions.size() - 1).endsAt();
        }
    }

    /**
     * @param eventsPerYear how busy the centre is
     * @param returning share of registrations by people who had come before
     */
    record Pace(double eventsPerYear, double returning) {}

    private final Random random;
    private final Pace pace;
    private final List<DemoPerson> newcomers;
    private int nextNewcomer;
    /** Who came when, to invite people back while they still work in the field. */
    private final Map<DemoPerson, LocalDate> seen = new LinkedHashMap<>();

    DemoHistoryPlan(Random random, Pace pace, List<DemoPerson> newcomers) {
        this.random = random;
        this.pace = pace;
        this.newcomers = newcomers;
    }

    /** Events from January 2020 until the end of the month before {@code today}'s. */
    List<Event> events(LocalDate today) {
        var events = new ArrayList<Event>();
        var last = YearMonth.from(today).minusMonths(1);
        var thisMonth = today.withDayOfMonth(1);
        for (var month = YearMonth.from(FIRST_DAY); !month.isAfter(last); month = month.plusMonths(1)) {
            boolean gap = !month.isBefore(PANDEMIC_GAP_FROM) && !month.isAfter(PANDEMIC_GAP_UNTIL);
            if (gap) {
                continue;
            }
            boolean pandemic = month.isAfter(PANDEMIC_GAP_UNTIL) && !month.isAfter(ONLINE_UNTIL);
            // Summer holidays and December are quiet; a fraction of an event becomes one by chance.
            double expected =
                    pace.eventsPerYear() / 11 * (month.getMonthValue() == 7 || month.getMonthValue() == 12 ? 0.5 : 1);
            int count = (int) Math.floor(expected + random.nextDouble());
            for (int i = 0; i < count; i++) {
                var day = workday(month);
                var kind = kind(day, pandemic);
                boolean online =
                        pandemic || random.nextInt(8) == 0 && !kind.format().equals("FACHTAG");
                var event = event(kind, day, online);
                // A course whose later sessions are still to come is not history yet.
                if (event.lastEnd()
                        .isBefore(thisMonth.atStartOfDay(BerlinTime.ZONE).toInstant())) {
                    events.add(event);
                }
            }
        }
        return events;
    }

    private Event event(Kind kind, LocalDate day, boolean online) {
        var sessions = new ArrayList<Session>();
        var date = day;
        for (int i = 0; i < kind.sessions(); i++) {
            sessions.add(new Session(
                    ZonedDateTime.of(date, kind.from(), BerlinTime.ZONE).toInstant(),
                    ZonedDateTime.of(date, kind.to(), BerlinTime.ZONE).toInstant()));
            date = date.plusWeeks(1);
            while (!free(date)) {
                date = date.plusDays(1);
            }
        }
        int capacity = switch (kind.format()) {
            case "FACHTAG" -> 60;
            case "VORTRAG" -> 50;
            default -> online ? 16 : 20;
        };
        int wanted = capacity * (55 + random.nextInt(40)) / 100;
        var firstStart = sessions.get(0).startsAt();
        var registrations = new ArrayList<Registration>();
        for (var person : audience(kind, day, wanted)) {
            registrations.add(registration(person, firstStart, sessions.size()));
        }
        return new Event(kind, online, capacity, sessions, registrations);
    }

    private Registration registration(DemoPerson person, Instant firstStart, int sessions) {
        var createdAt = firstStart
                .minus(Duration.ofDays(3 + random.nextInt(40)))
                .minus(Duration.ofMinutes(random.nextInt(8 * 60)));
        if (random.nextInt(100) < 5) {
            var span = Duration.between(createdAt, firstStart.minus(Duration.ofDays(1)))
                    .toMinutes();
            var cancelledAt = createdAt.plus(Duration.ofMinutes(1 + (long) (random.nextDouble() * Math.max(1, span))));
            return new Registration(person, createdAt, cancelledAt, List.of());
        }
        int roll = random.nextInt(100);
        var first = roll < 88 ? Mark.ATTENDED : roll < 94 ? Mark.EXCUSED : Mark.ABSENT;
        var marks = new ArrayList<Mark>();
        marks.add(first);
        for (int i = 1; i < sessions; i++) {
            marks.add(first == Mark.ATTENDED && random.nextInt(100) < 92 ? Mark.ATTENDED : Mark.EXCUSED);
        }
        return new Registration(person, createdAt, null, marks);
    }

    /** People who came before (of the event's target groups, if any) and newcomers, all different. */
    private List<DemoPerson> audience(Kind kind, LocalDate day, int count) {
        var chosen = new LinkedHashMap<DemoPerson, Boolean>();
        var recent = seen.entrySet().stream()
                .filter(entry -> entry.getValue().isAfter(day.minusYears(3)))
                .map(Map.Entry::getKey)
                .toList();
        var matching = recent.stream()
                .filter(person -> kind.targetGroups().contains(person.targetGroup()))
                .toList();
        for (int attempts = 0; chosen.size() < count && attempts < count * 20; attempts++) {
            var person = random.nextDouble() < pace.returning() && !recent.isEmpty()
                    ? pick(matching.isEmpty() || random.nextInt(4) == 0 ? recent : matching)
                    : newcomer(kind.targetGroups());
            chosen.putIfAbsent(person, true);
        }
        chosen.keySet().forEach(person -> seen.put(person, day));
        return List.copyOf(chosen.keySet());
    }

    /** The next person of the pool, preferably one who belongs to one of the target groups. */
    private DemoPerson newcomer(List<String> targetGroups) {
        int end = Math.min(newcomers.size(), nextNewcomer + 40);
        for (int i = nextNewcomer; i < end; i++) {
            if (targetGroups.contains(newcomers.get(i).targetGroup())) {
                Collections.swap(newcomers, i, nextNewcomer);
                break;
            }
        }
        return newcomers.get(nextNewcomer++);
    }

    private DemoPerson pick(List<DemoPerson> people) {
        return people.get(random.nextInt(people.size()));
    }

    private Kind kind(LocalDate day, boolean pandemic) {
        var offered = DemoHistoryCatalogue.KINDS.stream()
                .filter(kind -> kind.offeredOn(day, pandemic))
                .toList();
        int total = offered.stream().mapToInt(Kind::weight).sum();
        int roll = random.nextInt(total);
        for (var kind : offered) {
            roll -= kind.weight();
            if (roll < 0) {
                return kind;
            }
        }
        return offered.get(0);
    }

    /** A working day that is no public holiday with a fixed date and not between Christmas and New Year. */
    private static boolean free(LocalDate day) {
        var weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY
                && weekday != DayOfWeek.SUNDAY
                && !(day.getMonthValue() == 12 && day.getDayOfMonth() >= 23)
                && !(day.getMonthValue() == 1 && day.getDayOfMonth() == 1)
                && !(day.getMonthValue() == 5 && day.getDayOfMonth() == 1)
                && !(day.getMonthValue() == 10 && day.getDayOfMonth() == 3)
                && !(day.getMonthValue() == 11 && day.getDayOfMonth() == 1);
    }

    /** Tuesday to Thursday, never in the last days of December, on 3 October, 1 November or in the lockdown. */
    private LocalDate workday(YearMonth month) {
        var excluded = Set.of(LocalDate.of(month.getYear(), 10, 3), LocalDate.of(month.getYear(), 11, 1));
        var days = new ArrayList<LocalDate>();
        int lastDay = month.getMonthValue() == 12 ? 18 : month.lengthOfMonth();
        for (int d = 1; d <= lastDay; d++) {
            var day = month.atDay(d);
            var weekday = day.getDayOfWeek();
            boolean midweek =
                    weekday == DayOfWeek.TUESDAY || weekday == DayOfWeek.WEDNESDAY || weekday == DayOfWeek.THURSDAY;
            if (midweek && !excluded.contains(day) && (day.isBefore(LOCKDOWN) || day.isAfter(LOCKDOWN.plusMonths(1)))) {
                days.add(day);
            }
        }
        return days.get(random.nextInt(days.size()));
    }
}
