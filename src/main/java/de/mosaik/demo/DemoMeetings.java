package de.mosaik.demo;

import de.mosaik.attendance.AttendanceStatus;
import de.mosaik.attendance.AttendanceTaking;
import de.mosaik.attendance.AttendanceTaking.PastMark;
import de.mosaik.attendance.AttendanceTaking.TakenMark;
import de.mosaik.attendance.MarkSource;
import de.mosaik.identity.Accounts;
import de.mosaik.networks.MeetingSetup;
import de.mosaik.networks.MeetingSetup.NewMeeting;
import de.mosaik.networks.MemberBody;
import de.mosaik.networks.Networks;
import de.mosaik.shared.text.BerlinTime;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The Qualitätszirkel's meetings: the two-day meeting hosted by Kreis Düren (seed 001: about 40 experts in the
 * Kreishaus, greeting by Kreisdezernentin Sybille Haußmann, a visit to the Stadtmuseum) with registrations,
 * attendance and published minutes, and the next meeting, hosted by Stadt Duisburg, open for registration once the
 * coordination sends the invitation. Dates follow today, so that one meeting stays past and the other upcoming. Both
 * are hosted by bodies that run a tenant, so their registrations run in closed events of Kreis Düren and Stadt
 * Duisburg; the team of Kreis Düren took the attendance of its meeting in its back office.
 */
@Component
class DemoMeetings {

    private static final String DUEREN_TEAM = "team@kreis-dueren.demo";

    private final Networks networks;
    private final MeetingSetup meetings;
    private final AttendanceTaking attendance;
    private final Accounts accounts;

    DemoMeetings(Networks networks, MeetingSetup meetings, AttendanceTaking attendance, Accounts accounts) {
        this.networks = networks;
        this.meetings = meetings;
        this.attendance = attendance;
        this.accounts = accounts;
    }

    /** The meeting held in Kreis Düren and its last day, on which it adopted recommendations. */
    record Held(UUID meetingId, LocalDate lastDay) {}

    Held seed() {
        var circle = networks.bySlug(DemoNetworks.QUALITY_CIRCLE).orElseThrow();
        var today = LocalDate.now(BerlinTime.ZONE);
        var first = today.minusWeeks(8).with(TemporalAdjusters.previousOrSame(DayOfWeek.THURSDAY));
        var held = new Held(dueren(circle.id(), first), first.plusDays(1));
        duisburg(circle.id(), today.plusWeeks(10).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY)));
        return held;
    }

    private UUID dueren(UUID circle, LocalDate first) {
        var second = first.plusDays(1);
        var meeting = meetings.createMeeting(
                circle,
                new NewMeeting(
                        "Qualitätszirkel im Kreis Düren: Integration, Diversität und Antidiskriminierung",
                        member(circle, "Kreis Düren"),
                        first,
                        second,
                        "Kreishaus Düren, Großer Sitzungssaal",
                        "Bismarckstraße 16, 52351 Düren",
                        """
                        Vom Bahnhof Düren sind es zu Fuß etwa zehn Minuten zum Kreishaus.
                        Parkplätze gibt es im Parkhaus am Kreishaus; bitte melden Sie sich am Empfang an."""));
        var day1 = meetings.addSession(meeting, first, LocalTime.of(13, 0), LocalTime.of(18, 0), "Tag 1");
        meetings.addAgendaItem(
                day1, LocalTime.of(13, 0), "Begrüßung im Kreishaus", "Kreisdezernentin Sybille Haußmann, Kreis Düren");
        meetings.addAgendaItem(
                day1,
                LocalTime.of(13, 30),
                "Auswirkungen internationaler Konflikte auf kommunaler Ebene",
                "Austausch der Mitglieder");
        meetings.addAgendaItem(
                day1, LocalTime.of(15, 30), "Aktuelle Herausforderungen der kommunalen Integrationsarbeit", "");
        meetings.addAgendaItem(
                day1,
                LocalTime.of(16, 30),
                "Besuch des Dürener Stadtmuseums: die jüngere Migrationsgeschichte der Stadt",
                "Stadtmuseum Düren");
        var day2 = meetings.addSession(meeting, second, LocalTime.of(9, 0), LocalTime.of(13, 0), "Tag 2");
        meetings.addAgendaItem(day2, LocalTime.of(9, 0), "Umgang mit Diversität und Antidiskriminierung", "");
        meetings.addAgendaItem(day2, LocalTime.of(10, 45), "Feminismus in der Migrationsgesellschaft", "");
        meetings.addAgendaItem(
                day2,
                LocalTime.of(12, 0),
                "Empfehlungen für die kommunale Integrationsarbeit",
                "Koordination Stuttgart");
        meetings.recordInvitations(circle, meeting, BerlinTime.startOf(first.minusWeeks(8)));
        meetings.registerInvited(circle, meeting, 40, BerlinTime.startOf(first.minusWeeks(6)))
                .ifPresent(seeded -> markAttendance(seeded, 7));
        meetings.publishMinutes(meeting, """
                # Protokoll des Qualitätszirkels im Kreis Düren

                Rund 40 Migrationsexpertinnen und -experten aus ganz Deutschland trafen sich zwei Tage im Kreishaus \
                Düren.

                ## Begrüßung
                Kreisdezernentin Sybille Haußmann begrüßte die Teilnehmenden: „Der Kreis Düren ist bunt, divers und \
                stets offen für Vielfalt.“ Diskriminierung habe im Kreis und unter den Mitgliedern des \
                Qualitätszirkels keinen Platz; umso wichtiger sei ein regelmäßiger Austausch.

                ## Themen
                - Auswirkungen internationaler Konflikte auf kommunaler Ebene
                - aktuelle Herausforderungen der kommunalen Integrationsarbeit
                - Umgang mit Diversität und Antidiskriminierung
                - Feminismus in der Migrationsgesellschaft

                ## Besuch des Stadtmuseums
                Das Dürener Stadtmuseum widmet sich der Aufarbeitung der jüngeren Migrationsgeschichte der Stadt.

                ## Ergebnisse
                Gemeinsam wurden Empfehlungen für die kommunale Integrationsarbeit erarbeitet und formuliert; sie \
                stehen im Empfehlungsregister des Netzwerks.
                """, BerlinTime.startOf(second.plusWeeks(2)));
        return meeting;
    }

    /**
     * The host's team marked everybody present in every session, except that every n-th person missed the last one
     * (left early): a realistic list, not all ticks.
     */
    private void markAttendance(MeetingSetup.SeededRegistrations seeded, int absentEvery) {
        var team = accounts.byEmails(List.of(DUEREN_TEAM)).stream().findFirst().orElseThrow();
        var sessions = attendance.endedSessions(seeded.tenantId(), seeded.eventId(), Instant.now());
        var marks = new ArrayList<PastMark>();
        var ids = seeded.registrationIds();
        for (int i = 0; i < ids.size(); i++) {
            for (int s = 0; s < sessions.size(); s++) {
                var session = sessions.get(s);
                boolean present = (i + 1) % absentEvery != 0 || s < sessions.size() - 1;
                marks.add(new PastMark(
                        seeded.eventId(),
                        session.id(),
                        ids.get(i),
                        new TakenMark(
                                present ? AttendanceStatus.ATTENDED : AttendanceStatus.ABSENT,
                                "",
                                MarkSource.LIST,
                                team.id(),
                                team.displayName(),
                                session.startsAt().plusSeconds(900))));
            }
        }
        attendance.recordPastMarks(seeded.tenantId(), marks);
    }

    private void duisburg(UUID circle, LocalDate first) {
        var second = first.plusDays(1);
        var meeting = meetings.createMeeting(
                circle,
                new NewMeeting(
                        "Qualitätszirkel in Duisburg: Mehrsprachigkeit und frühe Bildung",
                        member(circle, "Stadt Duisburg"),
                        first,
                        second,
                        "Rathaus Duisburg, Ratssaal",
                        "Burgplatz 19, 47051 Duisburg",
                        "Vom Hauptbahnhof Duisburg fahren die Straßenbahnlinien 901 und 903 bis Rathaus."));
        var day1 = meetings.addSession(meeting, first, LocalTime.of(13, 0), LocalTime.of(18, 0), "Tag 1");
        meetings.addAgendaItem(day1, LocalTime.of(13, 0), "Begrüßung", "Stadt Duisburg");
        meetings.addAgendaItem(
                day1, LocalTime.of(13, 30), "Rucksack KiTa: Elternbildung und Mehrsprachigkeit", "Stadt Duisburg");
        meetings.addAgendaItem(day1, LocalTime.of(16, 0), "Berichte der Mitglieder zu den Empfehlungen", "");
        var day2 = meetings.addSession(meeting, second, LocalTime.of(9, 0), LocalTime.of(13, 0), "Tag 2");
        meetings.addAgendaItem(day2, LocalTime.of(9, 0), "Arbeitsgruppen", "");
        meetings.addAgendaItem(day2, LocalTime.of(12, 0), "Verabredungen und Abschluss", "Koordination Stuttgart");
    }

    private UUID member(UUID network, String name) {
        return networks.members(network).stream()
                .filter(m -> m.name().equals(name))
                .map(MemberBody::memberId)
                .findFirst()
                .orElseThrow();
    }
}
