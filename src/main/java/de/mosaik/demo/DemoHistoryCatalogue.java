package de.mosaik.demo;

import de.mosaik.demo.DemoEventCatalogue.DemoInstitution;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The kinds of events an integration centre offered year after year since 2020, and the
 * institutions their participants came from. Titles follow the source texts; the regular training
 * on migration-societal opening is offered most often, as the Kreis Düren describes.
 */
final class DemoHistoryCatalogue {

    /**
     * One kind of event. {@code weight} is how often it recurs; {@code onlineOnly} formats exist only
     * while the pandemic kept people apart; {@code since} keeps topics out of years before they arose.
     */
    record Kind(
            String format,
            String title,
            String summary,
            List<String> topics,
            List<String> targetGroups,
            LocalTime from,
            LocalTime to,
            int sessions,
            int weight,
            boolean external,
            boolean onlineOnly,
            LocalDate since) {

        boolean offeredOn(LocalDate day, boolean pandemic) {
            return !day.isBefore(since) && (!onlineOnly || pandemic);
        }
    }

    private static final LocalDate ALWAYS = LocalDate.of(2000, 1, 1);

    static final List<Kind> KINDS = List.of(
            kind(
                    "SCHULUNG",
                    "Migrationsgesellschaftliche Öffnung und diversitätsorientierte Sensibilisierung",
                    "Perspektiven wechseln, eigene Vorurteile reflektieren, diskriminierungssensibel sprechen.",
                    List.of("OEFFNUNG", "DIVERSITAET"),
                    List.of("KREISVERWALTUNG", "VERWALTUNG", "PAED_FACHKRAEFTE", "INKLUSIONSASSISTENZ"),
                    9,
                    13,
                    1,
                    7),
            kind(
                    "FACHTAG",
                    "Fachtag Rassismus gegen Sinti*zze und Rom*nja",
                    "Geschichte und Gegenwart des Antiziganismus – und was Schule und Verwaltung tun können.",
                    List.of("ANTIDISKRIMINIERUNG", "RASSISMUSKRITIK"),
                    List.of("LEHRKRAEFTE", "SCHULSOZIALARBEIT", "PAED_FACHKRAEFTE"),
                    9,
                    15,
                    1,
                    2),
            kind(
                    "FORTBILDUNG",
                    "Sprachsensibler Unterricht in allen Fächern",
                    "Bildungssprache sichtbar machen und Schüler*innen mit Deutsch als Zweitsprache unterstützen.",
                    List.of("SPRACHSENSIBILITAET"),
                    List.of("LEHRKRAEFTE"),
                    14,
                    17,
                    2,
                    3),
            kind(
                    "WORKSHOP",
                    "Interkulturelle Kompetenz im Beratungsalltag",
                    "Missverständnisse erkennen, Gespräche mit Sprachmittlung führen, Haltung entwickeln.",
                    List.of("INTERKULTURELL"),
                    List.of("VERWALTUNG", "KREISVERWALTUNG"),
                    9,
                    12,
                    1,
                    3),
            kind(
                    "SCHULUNG",
                    "Antidiskriminierung in der Verwaltung: erkennen, ansprechen, handeln",
                    "Das Allgemeine Gleichbehandlungsgesetz im Alltag der Behörde und Wege der Beschwerde.",
                    List.of("ANTIDISKRIMINIERUNG"),
                    List.of("KREISVERWALTUNG", "VERWALTUNG"),
                    9,
                    13,
                    1,
                    2),
            kind(
                    "WORKSHOP",
                    "Elternarbeit in der Migrationsgesellschaft",
                    "Bildungspartnerschaften mit Eltern aufbauen – mehrsprachig und auf Augenhöhe.",
                    List.of("OEFFNUNG", "INTERKULTURELL"),
                    List.of("KITA", "PAED_FACHKRAEFTE", "SCHULSOZIALARBEIT"),
                    14,
                    17,
                    1,
                    3),
            kind(
                    "FORTBILDUNG",
                    "Neu zugewanderte Kinder und Jugendliche in der Schule",
                    "Seiteneinstieg, Erstförderung und Übergang in die Regelklasse gut begleiten.",
                    List.of("NEUZUWANDERUNG", "SPRACHSENSIBILITAET"),
                    List.of("LEHRKRAEFTE", "SCHULSOZIALARBEIT"),
                    14,
                    17,
                    2,
                    2),
            kind(
                    "VORTRAG",
                    "Demografischer Wandel in der Migrationsgesellschaft",
                    "Zahlen und Entwicklungen vor Ort: Wer lebt hier, wer kommt, wer geht?",
                    List.of("DEMOGRAFIE"),
                    List.of("VERWALTUNG", "INTEGRATIONSBEAUFTRAGTE", "OEFFENTLICHKEIT"),
                    18,
                    20,
                    1,
                    1),
            kind(
                    "WORKSHOP",
                    "Rassismuskritische Haltung in der Kita",
                    "Vielfalt im Bilderbuchregal, Sprache im Gruppenalltag und der Umgang mit Vorurteilen.",
                    List.of("RASSISMUSKRITIK"),
                    List.of("KITA", "PAED_FACHKRAEFTE"),
                    9,
                    13,
                    1,
                    2),
            kind(
                    "SCHULUNG",
                    "Diskriminierungssensible Sprache im Arbeitsalltag",
                    "Wie wir sprechen und schreiben, ohne auszuschließen – mit Beispielen aus Bescheiden.",
                    List.of("DIVERSITAET", "ANTIDISKRIMINIERUNG"),
                    List.of("KREISVERWALTUNG", "VERWALTUNG", "EHRENAMT"),
                    9,
                    12,
                    1,
                    2),
            kind(
                    "WORKSHOP",
                    "Ehrenamt stärken: geflüchtete Familien begleiten",
                    "Grenzen der Begleitung, Anlaufstellen und Selbstfürsorge für Ehrenamtliche.",
                    List.of("NEUZUWANDERUNG"),
                    List.of("EHRENAMT"),
                    17,
                    20,
                    1,
                    2),
            kind(
                    "FACHTAG",
                    "Gesundheit und Migration: Zugang für alle",
                    "Sprachbarrieren, Versicherungsschutz und kultursensible Versorgung.",
                    List.of("GESUNDHEIT"),
                    List.of("PAED_FACHKRAEFTE", "VERWALTUNG", "INTEGRATIONSBEAUFTRAGTE"),
                    9,
                    15,
                    1,
                    1),
            kind(
                    "FORTBILDUNG",
                    "Interkulturelle Kompetenz für Inklusionsassistent*innen",
                    "Kinder und Familien mit Migrationsgeschichte im Schulalltag begleiten.",
                    List.of("INTERKULTURELL"),
                    List.of("INKLUSIONSASSISTENZ"),
                    9,
                    13,
                    2,
                    2),
            kind(
                    "WORKSHOP",
                    "Wie sieht der Alltag ohne/mit Kopftuch aus?",
                    "Religion, Kleidung und Alltagsrassismus – ein Gespräch mit Fachkräften.",
                    List.of("ANTIDISKRIMINIERUNG", "DIVERSITAET"),
                    List.of("LEHRKRAEFTE", "SCHULSOZIALARBEIT", "PAED_FACHKRAEFTE"),
                    14,
                    17,
                    1,
                    1),
            kind(
                    "VORTRAG",
                    "Afrika. Jenseits von Flucht und Migration",
                    "Ein Abendvortrag über Gesellschaften, Geschichte und Diaspora.",
                    List.of("DIVERSITAET", "RASSISMUSKRITIK"),
                    List.of("OEFFENTLICHKEIT", "EHRENAMT"),
                    18,
                    20,
                    1,
                    1),
            kind(
                    "SCHULUNG",
                    "Mehrsprachigkeit in Kita und Familienzentrum",
                    "Familiensprachen wertschätzen und Deutsch als Zweitsprache im Alltag fördern.",
                    List.of("SPRACHSENSIBILITAET"),
                    List.of("KITA", "PAED_FACHKRAEFTE"),
                    9,
                    13,
                    1,
                    2),
            kind(
                    "FACHTAG",
                    "Schule ohne Rassismus – Schule mit Courage",
                    "Netzwerktreffen der Courage-Schulen mit Workshops für Lehrkräfte und Schulsozialarbeit.",
                    List.of("RASSISMUSKRITIK"),
                    List.of("LEHRKRAEFTE", "SCHULSOZIALARBEIT"),
                    9,
                    15,
                    1,
                    1),
            kind(
                    "WORKSHOP",
                    "Sprachmittlung im Bildungs- und Gesundheitsbereich",
                    "Mit Sprachmittler*innen arbeiten: Rollen, Schweigepflicht, gute Gesprächsführung.",
                    List.of("GESUNDHEIT", "NEUZUWANDERUNG"),
                    List.of("PAED_FACHKRAEFTE", "VERWALTUNG", "SCHULSOZIALARBEIT"),
                    9,
                    12,
                    1,
                    1),
            new Kind(
                    "FORTBILDUNG",
                    "Geflüchtete aus der Ukraine: Ankommen in Kita und Schule",
                    "Aufnahme, Traumasensibilität und Sprachförderung für Kinder aus der Ukraine.",
                    List.of("NEUZUWANDERUNG"),
                    List.of("KITA", "LEHRKRAEFTE", "SCHULSOZIALARBEIT"),
                    LocalTime.of(14, 0),
                    LocalTime.of(17, 0),
                    1,
                    3,
                    false,
                    false,
                    LocalDate.of(2022, 4, 1)),
            new Kind(
                    "WORKSHOP",
                    "Digitaler Austausch: Integrationsarbeit in Zeiten der Pandemie",
                    "Wie erreichen wir Familien, Ehrenamtliche und Migrantenorganisationen, wenn Treffen ausfallen?",
                    List.of("OEFFNUNG"),
                    List.of("INTEGRATIONSBEAUFTRAGTE", "VERWALTUNG", "EHRENAMT"),
                    LocalTime.of(10, 0),
                    LocalTime.of(12, 0),
                    1,
                    4,
                    false,
                    true,
                    ALWAYS));

    private DemoHistoryCatalogue() {}

    private static Kind kind(
            String format,
            String title,
            String summary,
            List<String> topics,
            List<String> targetGroups,
            int fromHour,
            int toHour,
            int sessions,
            int weight) {
        // Fachtage and talks bring external speakers; trainings are given by the centre's own trainer.
        boolean external = format.equals("FACHTAG") || format.equals("VORTRAG");
        return new Kind(
                format,
                title,
                summary,
                topics,
                targetGroups,
                LocalTime.of(fromHour, 0),
                LocalTime.of(toHour, fromHour == 9 && toHour == 13 ? 30 : 0),
                sessions,
                weight,
                external,
                false,
                ALWAYS);
    }

    /** The institutions of the current programme plus those that came in earlier years. */
    static List<DemoInstitution> institutions(String slug) {
        var all = new ArrayList<>(DemoEventCatalogue.forTenant(slug).institutions());
        all.addAll(
                switch (slug) {
                    case "kreis-dueren" ->
                        List.of(
                                new DemoInstitution(
                                        "Gesamtschule Langerwehe",
                                        "schule-langerwehe.example",
                                        List.of("LEHRKRAEFTE", "SCHULSOZIALARBEIT")),
                                new DemoInstitution(
                                        "Grundschule Birkesdorf", "schule-dueren.example", List.of("LEHRKRAEFTE")),
                                new DemoInstitution(
                                        "Kita St. Anna Düren",
                                        "kita-st-anna.example",
                                        List.of("KITA", "PAED_FACHKRAEFTE")),
                                new DemoInstitution(
                                        "Caritasverband für die Region Düren-Jülich",
                                        "caritas-dueren.example",
                                        List.of("PAED_FACHKRAEFTE", "INTEGRATIONSBEAUFTRAGTE")),
                                new DemoInstitution(
                                        "AWO Kreisverband Düren",
                                        "awo-dueren.example",
                                        List.of("PAED_FACHKRAEFTE", "INKLUSIONSASSISTENZ")),
                                new DemoInstitution(
                                        "Jobcenter Kreis Düren, Standort Jülich",
                                        "jobcenter-dueren.example",
                                        List.of("VERWALTUNG")),
                                new DemoInstitution("Ehrenamt im Welcome-Café Jülich", null, List.of("EHRENAMT")));
                    case "stadt-duisburg" ->
                        List.of(
                                new DemoInstitution(
                                        "Gesamtschule Marxloh",
                                        "gesamtschule-marxloh.example",
                                        List.of("LEHRKRAEFTE", "SCHULSOZIALARBEIT")),
                                new DemoInstitution(
                                        "Grundschule Hochfeld", "schule-duisburg.example", List.of("LEHRKRAEFTE")),
                                new DemoInstitution(
                                        "Städtische Kita Rheinhausen",
                                        "kita-duisburg.example",
                                        List.of("KITA", "PAED_FACHKRAEFTE")),
                                new DemoInstitution(
                                        "Caritasverband Duisburg",
                                        "caritas-duisburg.example",
                                        List.of("PAED_FACHKRAEFTE", "INTEGRATIONSBEAUFTRAGTE")),
                                new DemoInstitution(
                                        "Diakoniewerk Duisburg",
                                        "diakonie-duisburg.example",
                                        List.of("PAED_FACHKRAEFTE")),
                                new DemoInstitution(
                                        "Jobcenter Duisburg", "jobcenter-duisburg.example", List.of("VERWALTUNG")),
                                new DemoInstitution("Nachbarschaftshilfe Hamborn", null, List.of("EHRENAMT")));
                    case "kreis-recklinghausen" ->
                        List.of(
                                new DemoInstitution(
                                        "Willy-Brandt-Gesamtschule Marl",
                                        "gesamtschule-marl.example",
                                        List.of("LEHRKRAEFTE", "SCHULSOZIALARBEIT")),
                                new DemoInstitution(
                                        "Grundschule Datteln-Mitte", "schule-datteln.example", List.of("LEHRKRAEFTE")),
                                new DemoInstitution(
                                        "Kita Löwenzahn Herten",
                                        "kita-herten.example",
                                        List.of("KITA", "PAED_FACHKRAEFTE")),
                                new DemoInstitution(
                                        "Caritasverband für den Kreis Recklinghausen",
                                        "caritas-re.example",
                                        List.of("PAED_FACHKRAEFTE", "INTEGRATIONSBEAUFTRAGTE")),
                                new DemoInstitution(
                                        "AWO Unterbezirk Münsterland-Recklinghausen",
                                        "awo-re.example",
                                        List.of("PAED_FACHKRAEFTE", "INKLUSIONSASSISTENZ")),
                                new DemoInstitution(
                                        "Jobcenter Kreis Recklinghausen",
                                        "jobcenter-re.example",
                                        List.of("VERWALTUNG")),
                                new DemoInstitution("Flüchtlingsinitiative Castrop-Rauxel", null, List.of("EHRENAMT")));
                    default -> List.of();
                });
        return all;
    }
}
