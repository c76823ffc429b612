package de.mosaik.demo;

import de.mosaik.networks.MeetingSetup;
import de.mosaik.networks.MeetingSetup.NewMeeting;
import de.mosaik.networks.MemberBody;
import de.mosaik.networks.Networks;
import de.mosaik.shared.text.BerlinTime;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The Qualitätszirkel's meetings: the two-day meeting hosted by Kreis Düren (seed 001: about 40 experts in the
 * Kreishaus, greeting by Kreisdezernentin Sybille Haußmann, a visit to the Stadtmuseum) with registrations,
 * attendance and published minutes, and the next meeting, hosted by Stadt Duisburg, open for registration once the
 * coordination sends the invitation. Dates follow today, so that one meeting stays past and the other upcoming.
 */
@Component
class DemoMeetings {

    private final Networks networks;
    private final MeetingSetup meetings;

    DemoMeetings(Networks networks, MeetingSetup meetings) {
        this.networks = networks;
        this.meetings = meetings;
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
        meetings.registerInvited(circle, meeting, 40, 7);
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
