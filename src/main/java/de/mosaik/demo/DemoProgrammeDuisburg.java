package de.mosaik.demo;

import static de.mosaik.demo.DemoEvent.DemoQuestion.choice;
import static de.mosaik.demo.DemoEvent.DemoQuestion.text;
import static de.mosaik.demo.DemoEvent.DemoQuestion.yesNo;
import static de.mosaik.demo.DemoEventCatalogue.TRAINER;

import de.mosaik.demo.DemoEvent.DemoQuestion;
import de.mosaik.demo.DemoEventCatalogue.DemoInstitution;
import de.mosaik.demo.DemoEventCatalogue.DemoSpeaker;
import de.mosaik.demo.DemoEventCatalogue.DemoVenue;
import java.util.List;

/** Stadt Duisburg: trainings for schools, Kitas and the administration, at the IZ and the Kiebitz. */
final class DemoProgrammeDuisburg {

    private static final String IZ = "iz";
    private static final String KIEBITZ = "kiebitz";

    private static final DemoQuestion SCHULFORM = choice(
            "Welche Schulform?",
            "Grundschule",
            "Hauptschule",
            "Realschule",
            "Gesamtschule",
            "Gymnasium",
            "Berufskolleg",
            "Förderschule");

    private DemoProgrammeDuisburg() {}

    static DemoEventCatalogue catalogue() {
        return new DemoEventCatalogue(venues(), speakers(), institutions(), events());
    }

    private static List<DemoVenue> venues() {
        return List.of(
                new DemoVenue(
                        IZ,
                        "Internationales Zentrum",
                        "Flachsmarkt 15",
                        "47051",
                        "Duisburg",
                        "Saal im Erdgeschoss",
                        "Am Innenhafen; vom Hauptbahnhof mit der Straßenbahn bis Rathaus, dann fünf Minuten zu Fuß.",
                        true,
                        "Stufenloser Zugang über den Seiteneingang; barrierefreies WC im Erdgeschoss."),
                new DemoVenue(
                        KIEBITZ,
                        "Internationales Jugend- und Kulturzentrum Kiebitz",
                        "Marienstraße 16a",
                        "47169",
                        "Duisburg",
                        "Veranstaltungsraum",
                        "In Duisburg-Marxloh; Straßenbahnhaltestelle in der Nähe.",
                        false,
                        "Zugang über eine Rampe; bitte melden Sie Unterstützungsbedarf bei der Anmeldung."));
    }

    private static List<DemoSpeaker> speakers() {
        return List.of(
                new DemoSpeaker(
                        "nowak",
                        "Dr. Katarzyna Nowak",
                        "Zentrum für Mehrsprachigkeit Ruhr",
                        "Sprachdidaktikerin; begleitet Schulen auf dem Weg zu sprachsensiblem Fachunterricht.",
                        true),
                new DemoSpeaker(
                        "oeztuerk",
                        "Murat Öztürk",
                        "Konfliktwerkstatt Ruhr e. V.",
                        "Mediator und Trainer für interkulturelles Konfliktmanagement in Behörden.",
                        true),
                new DemoSpeaker(
                        "sahin",
                        "Elif Şahin",
                        "Kommunales Integrationszentrum Duisburg",
                        "Koordiniert die Programme Griffbereit und Rucksack KiTa in Duisburg.",
                        true),
                new DemoSpeaker(
                        "kovalenko",
                        "Olena Kovalenko",
                        "Migrationsberatung Duisburg-Nord",
                        "Berät neu zugewanderte Familien aus der Ukraine und Südosteuropa.",
                        true),
                new DemoSpeaker(
                        "hoffmann",
                        "Jan Hoffmann",
                        "Regionalkoordination Schule ohne Rassismus – Schule mit Courage",
                        "Begleitet Schulen im Netzwerk und bildet Schüler*innen-Teams fort.",
                        true),
                new DemoSpeaker(
                        "bulut",
                        "Dr. Deniz Bulut",
                        "Forum Migrationsgeschichte Ruhr e. V.",
                        "Historiker; erforscht die Geschichte der Arbeitsmigration im Ruhrgebiet.",
                        true));
    }

    private static List<DemoInstitution> institutions() {
        return List.of(
                new DemoInstitution("Stadt Duisburg, Bürgerservice", "stadt-duisburg.demo", List.of("VERWALTUNG")),
                new DemoInstitution("Jobcenter Duisburg", "jobcenter-duisburg.demo", List.of("VERWALTUNG")),
                new DemoInstitution(
                        "Gesamtschule Marxloh",
                        "gesamtschule-marxloh.demo",
                        List.of("LEHRKRAEFTE", "SCHULSOZIALARBEIT")),
                new DemoInstitution("Gymnasium am Innenhafen", "gymnasium-innenhafen.demo", List.of("LEHRKRAEFTE")),
                new DemoInstitution(
                        "Grundschule Hochfeld", "gs-hochfeld.demo", List.of("LEHRKRAEFTE", "SCHULSOZIALARBEIT")),
                new DemoInstitution("Realschule Rheinhausen", "realschule-rheinhausen.demo", List.of("LEHRKRAEFTE")),
                new DemoInstitution(
                        "Berufskolleg Duisburg-Mitte", "bk-duisburg.demo", List.of("LEHRKRAEFTE", "SCHULSOZIALARBEIT")),
                new DemoInstitution("Kita Sonnenblume Hamborn", "kita-sonnenblume.demo", List.of("KITA")),
                new DemoInstitution(
                        "Familienzentrum Bruckhausen",
                        "familienzentrum-bruckhausen.demo",
                        List.of("KITA", "PAED_FACHKRAEFTE")),
                new DemoInstitution(
                        "Bildungswerk Ruhr-Rhein e. V.", "bildungswerk-ruhr-rhein.demo", List.of("PAED_FACHKRAEFTE")),
                new DemoInstitution("Sprachmittlerpool Duisburg", null, List.of("EHRENAMT")),
                new DemoInstitution("", null, List.of("OEFFENTLICHKEIT")));
    }

    private static List<DemoEvent> events() {
        return List.of(
                sprachsensibel("Sprachsensible Schulentwicklung – Grundlagen", -281, "09:00", "15:00")
                        .capacity(25)
                        .attended(23, 2),
                erstintegration(-219).capacity(30).attended(27, 3),
                rucksack("Griffbereit und Rucksack KiTa – Einführung für Kita-Fachkräfte", -168)
                        .capacity(20)
                        .attended(18, 1),
                konflikt(-120).capacity(18).attended(16, 2),
                courage("Schule ohne Rassismus – Schule mit Courage: Netzwerktreffen", -74)
                        .capacity(60)
                        .attended(30, 4),
                DemoEvent.of("WORKSHOP", "Sprachmittlung im Bildungs- und Gesundheitsbereich")
                        .summary("Wie Schulen und Praxen mit Sprachmittler*innen gut zusammenarbeiten.")
                        .description("""
                                Das Kommunale Integrationszentrum vermittelt Sprachmittler*innen für Gespräche in \
                                Schulen und im Gesundheitsbereich. Der Workshop zeigt, wie ein gedolmetschtes Gespräch \
                                gut vorbereitet und geführt wird.

                                Mit Übungen in Kleingruppen und Erfahrungen aus dem Sprachmittlerpool.
                                """)
                        .topics("INTERKULTURELL", "GESUNDHEIT")
                        .targetGroups("LEHRKRAEFTE", "SCHULSOZIALARBEIT", "EHRENAMT")
                        .on(-31, "14:00", "17:00")
                        .at(IZ)
                        .capacity(20)
                        .speakers(TRAINER)
                        .attended(14, 1),
                sprachsensibel("Sprachsensibler Fachunterricht", -8, "14:00", "17:00")
                        .capacity(25)
                        .attended(21, 2),
                sprachsensibel("Sprachsensible Schulentwicklung – Qualifizierungsreihe", 14, "14:00", "17:00")
                        .description("""
                                Die Qualifizierungsreihe begleitet Schulteams über drei Termine dabei, ein Konzept für \
                                sprachsensible Schulentwicklung zu erarbeiten.

                                1. Bestandsaufnahme: Sprache im Fachunterricht
                                2. Methoden: Scaffolding, Wortschatzarbeit, Mehrsprachigkeit nutzen
                                3. Schulentwicklung: vom Konzept in die Fachkonferenz

                                Bitte melden Sie sich möglichst zu zweit aus einer Schule an.
                                """)
                        .sessions(3, 14)
                        .capacity(24)
                        .questions(SCHULFORM, text("Ihre Erwartungen"))
                        .crowd(19, 0, 0, 0, 1, 0),
                courage("Schule ohne Rassismus – Schule mit Courage", 35)
                        .capacity(80)
                        .questions(SCHULFORM, yesNo("Vegetarisches Essen?"))
                        .crowd(74, 0, 0, 0, 2, 0),
                konflikt(11).capacity(16).crowd(16, 0, 0, 5, 0, 0),
                rucksack("Griffbereit und Rucksack KiTa – Qualifizierung für Elternbegleiter*innen", 25)
                        .description("""
                                Griffbereit und Rucksack KiTa bauen Bildungspartnerschaften mit Eltern ein- bis \
                                sechsjähriger Kinder auf und stärken die Mehrsprachigkeit in den Familien.

                                Die Plätze sind Kitas vorbehalten, die am Programm teilnehmen oder teilnehmen \
                                möchten. Das Integrationszentrum prüft jede Anmeldung und meldet sich bei Ihnen.
                                """)
                        .capacity(20)
                        .approval()
                        .crowd(5, 0, 4, 0, 0, 1),
                erstintegration(48)
                        .confirmation()
                        .capacity(30)
                        .questions(text("Ihre Erwartungen"))
                        .crowd(9, 3, 0, 0, 1, 0),
                DemoEvent.of("WORKSHOP", "Mehrsprachigkeit in der Kita stärken – Online-Impuls")
                        .summary(
                                "Neunzig Minuten online: wie Kitas die Familiensprachen der Kinder wertschätzen und nutzen.")
                        .description("""
                                Kinder, die mit mehreren Sprachen aufwachsen, bringen einen Schatz mit. Der Online-Impuls \
                                zeigt einfache Ideen für den Kita-Alltag – von mehrsprachigen Liedern bis zum \
                                Bilderbuchkoffer.

                                Den Zugangslink erhalten Sie nach der Anmeldung.
                                """)
                        .topics("SPRACHSENSIBILITAET", "DIVERSITAET")
                        .targetGroups("KITA", "PAED_FACHKRAEFTE")
                        .on(19, "14:00", "15:30")
                        .online()
                        .capacity(40)
                        .languages("de", "en")
                        .speakers("sahin")
                        .crowd(17, 0, 0, 0, 2, 0),
                DemoEvent.of("VORTRAG", "Wir sind DU – Duisburgs Geschichte der Zuwanderung")
                        .summary("Öffentlicher Abendvortrag im Internationalen Zentrum. Der Eintritt ist frei.")
                        .description("""
                                Die Stadt Duisburg hat eine lange Geschichte der Zuwanderung. Der Vortrag spannt den \
                                Bogen von den Arbeitsmigrant*innen der Montanindustrie bis zu den Neuzugewanderten von \
                                heute.

                                Im Anschluss laden wir zum Gespräch ein. Der Eintritt ist frei, eine Anmeldung hilft \
                                uns bei der Planung.
                                """)
                        .topics("DIVERSITAET", "NEUZUWANDERUNG")
                        .targetGroups("OEFFENTLICHKEIT", "EHRENAMT")
                        .on(58, "18:30", "20:00")
                        .at(IZ)
                        .unlimited()
                        .languages("de", "en")
                        .speakers("bulut")
                        .crowd(41, 0, 0, 0, 4, 0),
                DemoEvent.of("WORKSHOP", "Kein Abschluss ohne Anschluss – Übergänge für neu zugewanderte Jugendliche")
                        .summary("Wie neu zugewanderte Jugendliche gut von der Schule in Ausbildung und Beruf kommen.")
                        .description("""
                                Der Workshop stellt die Standardelemente von KAoA vor und zeigt, wo neu zugewanderte \
                                Jugendliche besondere Unterstützung brauchen.
                                """)
                        .topics("NEUZUWANDERUNG")
                        .targetGroups("LEHRKRAEFTE", "SCHULSOZIALARBEIT")
                        .on(90, "09:00", "13:00")
                        .at(IZ)
                        .capacity(25)
                        .speakers(TRAINER)
                        .draft(),
                DemoEvent.of("WORKSHOP", "Interkulturelle Berater*innen als Brücke zwischen Elternhaus und Schule")
                        .summary(
                                "Wie mehrsprachige Interkulturelle Berater*innen Eltern und Schulen ins Gespräch bringen.")
                        .description("""
                                Mehrsprachige Interkulturelle Berater*innen unterstützen Eltern und Schulen. Der \
                                Workshop stellt das Angebot vor und zeigt, wie Schulen es nutzen können.
                                """)
                        .topics("INTERKULTURELL", "NEUZUWANDERUNG")
                        .targetGroups("LEHRKRAEFTE", "SCHULSOZIALARBEIT")
                        .on(16, "14:00", "16:30")
                        .at(KIEBITZ)
                        .capacity(20)
                        .speakers("kovalenko")
                        .cancelled("Der Workshop entfällt, weil der Raum kurzfristig nicht zur Verfügung steht. Ein "
                                + "neuer Termin folgt.")
                        .crowd(0, 0, 0, 0, 7, 0));
    }

    private static DemoEvent sprachsensibel(String title, int day, String from, String to) {
        return DemoEvent.of("FORTBILDUNG", title)
                .summary("Sprache ist der Schlüssel zum Fachunterricht: Fortbildung zur sprachsensiblen und "
                        + "interkulturellen Schulentwicklung.")
                .description("""
                        Das Kommunale Integrationszentrum berät Schulen zu Fragen der sprachsensiblen und \
                        interkulturellen Schulentwicklung. In dieser Fortbildung lernen Lehrkräfte, wie sie \
                        Bildungssprache in jedem Fach bewusst aufbauen.

                        Mit Praxisbeispielen aus Duisburger Schulen und Material zum Mitnehmen.
                        """)
                .topics("SPRACHSENSIBILITAET")
                .targetGroups("LEHRKRAEFTE", "SCHULSOZIALARBEIT")
                .on(day, from, to)
                .at(IZ)
                .speakers("nowak", TRAINER)
                .questions(SCHULFORM);
    }

    private static DemoEvent erstintegration(int day) {
        return DemoEvent.of("WORKSHOP", "Neuzuwanderung und Erstintegration: Wege ins Duisburger Schulsystem")
                .summary("Wie neu zugewanderte Kinder und Jugendliche ihren Weg in die Schule finden – und wer "
                        + "dabei hilft.")
                .description("""
                        Das Kommunale Integrationszentrum berät neu zugewanderte Kinder, Jugendliche und ihre Familien \
                        zum Einstieg in das deutsche Schulsystem. Der Workshop stellt die Wege von der Anmeldung bis \
                        zum Schulplatz vor, ebenso das Willkommensangebot für Kinder von 10 bis 14 Jahren.

                        Fachkräfte und Ehrenamtliche lernen die Ansprechpersonen kennen und tauschen Erfahrungen aus.
                        """)
                .topics("NEUZUWANDERUNG")
                .targetGroups("SCHULSOZIALARBEIT", "LEHRKRAEFTE", "EHRENAMT")
                .on(day, "09:30", "13:00")
                .at(IZ)
                .speakers("kovalenko", TRAINER);
    }

    private static DemoEvent rucksack(String title, int day) {
        return DemoEvent.of("FORTBILDUNG", title)
                .summary("Griffbereit und Rucksack KiTa: Bildungspartnerschaften mit Eltern aufbauen und "
                        + "Mehrsprachigkeit stärken.")
                .description("""
                        Griffbereit und Rucksack KiTa sind Programme zum Aufbau von Bildungspartnerschaften mit \
                        Eltern ein- bis sechsjähriger Kinder. Sie stärken die Mehrsprachigkeit in den Familien und \
                        die Zusammenarbeit mit der Kita.

                        Die Fortbildung führt in Ziele, Materialien und Ablauf der Programme ein.
                        """)
                .topics("SPRACHSENSIBILITAET", "DIVERSITAET")
                .targetGroups("KITA", "PAED_FACHKRAEFTE")
                .on(day, "09:00", "15:00")
                .at(KIEBITZ)
                .speakers("sahin");
    }

    private static DemoEvent konflikt(int day) {
        return DemoEvent.of("FORTBILDUNG", "Interkulturelles Konfliktmanagement für die Verwaltung")
                .summary("Schwierige Gespräche am Schalter: Konflikte verstehen, deeskalieren und lösen.")
                .description("""
                        Missverständnisse und Konflikte entstehen im Verwaltungsalltag schnell – besonders, wenn \
                        Sprache, Erwartungen und Erfahrungen verschieden sind. Die Fortbildung ist Teil der \
                        interkulturellen Öffnung der Verwaltung.

                        In Rollenspielen üben die Teilnehmenden, Konflikte früh zu erkennen und zu entschärfen.
                        """)
                .topics("INTERKULTURELL", "OEFFNUNG")
                .targetGroups("VERWALTUNG")
                .on(day, "09:00", "16:00")
                .at(IZ)
                .speakers("oeztuerk");
    }

    private static DemoEvent courage(String title, int day) {
        return DemoEvent.of("FACHTAG", title)
                .summary("Fachtag für Schulen im Netzwerk und solche, die es werden wollen: ein Schulklima gegen "
                        + "jede Form der Diskriminierung.")
                .description("""
                        Das Kommunale Integrationszentrum berät Schulen, wie sie ihr Schulklima gegen jede Form der \
                        Diskriminierung gestalten. Der Fachtag bringt Lehrkräfte, Schulsozialarbeit und \
                        Schüler*innen-Teams aus dem Netzwerk „Schule ohne Rassismus – Schule mit Courage“ zusammen.

                        Mit Workshops zu Projekttagen, Social Media und Zivilcourage.
                        """)
                .topics("ANTIDISKRIMINIERUNG", "RASSISMUSKRITIK")
                .targetGroups("LEHRKRAEFTE", "SCHULSOZIALARBEIT")
                .on(day, "09:00", "15:30")
                .at(KIEBITZ)
                .speakers("hoffmann", TRAINER);
    }
}
