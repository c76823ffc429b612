package de.mosaik.demo;

import static de.mosaik.demo.DemoEvent.DemoQuestion.choice;
import static de.mosaik.demo.DemoEvent.DemoQuestion.text;
import static de.mosaik.demo.DemoEvent.DemoQuestion.yesNo;
import static de.mosaik.demo.DemoEventCatalogue.TRAINER;

import de.mosaik.demo.DemoEventCatalogue.DemoInstitution;
import de.mosaik.demo.DemoEventCatalogue.DemoSpeaker;
import de.mosaik.demo.DemoEventCatalogue.DemoVenue;
import java.util.List;

/** Kreis Düren: the regular Schulung on migrationsgesellschaftliche Öffnung and the Fachtage of the source text. */
final class DemoProgrammeDueren {

    private static final String SAAL = "saal";
    private static final String SCHULUNGSRAUM = "schulungsraum";

    private static final String OEFFNUNG_TITLE =
            "Migrationsgesellschaftliche Öffnung und diversitätsorientierte Sensibilisierung";

    private static final String OEFFNUNG_SUMMARY = """
            Die Schulung stärkt migrationsgesellschaftliche Kompetenz und Diversitätskompetenz als \
            Schlüsselqualifikation in der Zusammenarbeit mit Menschen unterschiedlichster Biografien.""";

    private static final String OEFFNUNG_DESCRIPTION = """
            Das Kommunale Integrationszentrum bietet diese Schulung regelmäßig an. Sie verfolgt das Ziel, die \
            interkulturelle beziehungsweise migrationsgesellschaftliche Kompetenz und Diversitätskompetenz von \
            Fachkräften zu stärken – als **Schlüsselqualifikation** in der Zusammenarbeit mit Menschen \
            unterschiedlichster Biografien, Prägungen, Lebenslagen oder Herkunft.

            Die Schulung ermöglicht Perspektivwechsel, stößt die Selbstreflexion eigener Vorurteile und \
            Stereotype an und regt einen diskriminierungssensiblen Sprachgebrauch an.

            - Input und Übungen zu Vielfalt, Vorurteilen und Diskriminierung
            - Fallbeispiele aus dem Arbeitsalltag der Teilnehmenden
            - Austausch und Vereinbarungen für die eigene Praxis

            Seit 2020 haben rund 390 Personen aus Verwaltung, Schulen und Kitas an der Schulung teilgenommen.""";

    private DemoProgrammeDueren() {}

    static DemoEventCatalogue catalogue() {
        return new DemoEventCatalogue(venues(), speakers(), institutions(), events());
    }

    private static List<DemoVenue> venues() {
        return List.of(
                new DemoVenue(
                        SAAL,
                        "Kreishaus Düren, Großer Sitzungssaal",
                        "Bismarckstraße 16",
                        "52351",
                        "Düren",
                        "Großer Sitzungssaal, Erdgeschoss",
                        "Vom Bahnhof Düren etwa zehn Minuten zu Fuß; Bushaltestelle Kreishaus vor dem Gebäude.",
                        true,
                        "Stufenloser Eingang an der Bismarckstraße; Behindertenparkplätze vor dem Haupteingang."),
                new DemoVenue(
                        SCHULUNGSRAUM,
                        "Kreishaus Düren, Schulungsraum",
                        "Bismarckstraße 16",
                        "52351",
                        "Düren",
                        "Schulungsraum A 2.14, 2. Etage",
                        "Vom Bahnhof Düren etwa zehn Minuten zu Fuß; Aufzug im Foyer.",
                        false,
                        "Aufzug vorhanden; barrierefreies WC auf derselben Etage."));
    }

    private static List<DemoSpeaker> speakers() {
        return List.of(
                new DemoSpeaker(
                        "demirtas",
                        "Dr. Aylin Demirtaş",
                        "Netzwerk Rassismuskritische Gesundheit e. V.",
                        "Psychologische Psychotherapeutin; forscht zu den Folgen von Rassismuserfahrungen für die "
                                + "psychische Gesundheit.",
                        true),
                new DemoSpeaker(
                        "mensah",
                        "Kwame Mensah-Bauer",
                        "Afrika-Forum Rheinland e. V.",
                        "Politikwissenschaftler und Bildungsreferent mit den Schwerpunkten Westafrika und Diaspora.",
                        true),
                new DemoSpeaker(
                        "lindner",
                        "Prof. Dr. Heike Lindner",
                        "Institut für Bevölkerung und Migration Rheinland",
                        "Sozialwissenschaftlerin; untersucht, wie Zuwanderung die Bevölkerung ländlicher Kreise verändert.",
                        true),
                new DemoSpeaker(
                        "lakatos",
                        "Daniela Lakatos",
                        "Bildungsforum Sinti und Roma Rheinland e. V.",
                        "Bildungsreferentin; leitet Workshops zu Antiziganismus in Schule und Verwaltung.",
                        true),
                new DemoSpeaker(
                        "haddad",
                        "Nadia Haddad",
                        "Fachstelle Religion und Vielfalt e. V.",
                        "Islamwissenschaftlerin; spricht mit Fachkräften über Religion, Kleidung und Alltagsrassismus.",
                        true),
                new DemoSpeaker(
                        "elkhatib",
                        "Samira El-Khatib",
                        "Frauenberatungsstelle Rur e. V.",
                        "Sozialarbeiterin; berät Frauen mit Gewalterfahrung und bildet Fachkräfte fort.",
                        true),
                new DemoSpeaker(
                        "kraemer",
                        "Thomas Krämer",
                        "Schulamt für den Kreis Düren",
                        "Moderiert den Austausch mit den Schulen.",
                        false));
    }

    private static List<DemoInstitution> institutions() {
        return List.of(
                new DemoInstitution("Kreisverwaltung Düren", "kreis-dueren.demo", List.of("KREISVERWALTUNG")),
                new DemoInstitution("Jobcenter rurAGENTUR", "jobcenter-dueren.demo", List.of("VERWALTUNG")),
                new DemoInstitution(
                        "Integrationshilfe Rur gGmbH", "integrationshilfe-rur.demo", List.of("INKLUSIONSASSISTENZ")),
                new DemoInstitution(
                        "Gesamtschule Düren-Nord",
                        "gesamtschule-dueren.demo",
                        List.of("LEHRKRAEFTE", "SCHULSOZIALARBEIT")),
                new DemoInstitution("Städtisches Gymnasium Jülich", "gymnasium-juelich.demo", List.of("LEHRKRAEFTE")),
                new DemoInstitution(
                        "Grundschule Kreuzau", "gs-kreuzau.demo", List.of("LEHRKRAEFTE", "INKLUSIONSASSISTENZ")),
                new DemoInstitution(
                        "Berufskolleg Kaufmännische Schulen Düren",
                        "bk-dueren.demo",
                        List.of("LEHRKRAEFTE", "SCHULSOZIALARBEIT")),
                new DemoInstitution(
                        "Kita Regenbogen Düren", "kita-regenbogen.demo", List.of("PAED_FACHKRAEFTE", "KITA")),
                new DemoInstitution(
                        "Familienzentrum Nideggen", "familienzentrum-nideggen.demo", List.of("PAED_FACHKRAEFTE")),
                new DemoInstitution(
                        "Jugendhilfe Rureifel e. V.",
                        "jugendhilfe-rureifel.demo",
                        List.of("PAED_FACHKRAEFTE", "SCHULSOZIALARBEIT")),
                new DemoInstitution(
                        "Stadt Düren, Amt für Integration",
                        "stadt-dueren.demo",
                        List.of("INTEGRATIONSBEAUFTRAGTE", "VERWALTUNG")),
                new DemoInstitution("Flüchtlingshilfe Langerwehe", null, List.of("EHRENAMT")),
                new DemoInstitution("", null, List.of("OEFFENTLICHKEIT")));
    }

    private static List<DemoEvent> events() {
        return List.of(
                oeffnung(-298, "KREISVERWALTUNG").capacity(20).attended(18, 1),
                DemoEvent.of("FACHTAG", "Rassismus und (psychische) Gesundheit")
                        .summary("Wie Rassismuserfahrungen krank machen können – und was Fachkräfte in Beratung, "
                                + "Schule und Verwaltung dagegen tun können.")
                        .description("""
                                Rassismus ist nicht nur eine Frage der Gerechtigkeit, sondern auch der Gesundheit. Der \
                                Fachtag vermittelt aktuelle Forschung zu den Folgen von Rassismuserfahrungen für die \
                                psychische Gesundheit.

                                Am Nachmittag diskutieren die Teilnehmenden in Foren, wie Beratungsstellen, Schulen und \
                                Verwaltung Betroffene stärken und Zugänge zum Gesundheitssystem verbessern können.
                                """)
                        .topics("RASSISMUSKRITIK", "GESUNDHEIT")
                        .targetGroups("PAED_FACHKRAEFTE", "SCHULSOZIALARBEIT", "KREISVERWALTUNG")
                        .on(-262, "09:30", "15:30")
                        .at(SAAL)
                        .capacity(60)
                        .speakers("demirtas")
                        .attended(28, 3),
                DemoEvent.of("FACHTAG", "Afrika. Jenseits von Flucht und Migration")
                        .summary("Ein Fachtag über die Vielfalt afrikanischer Gesellschaften und über Bilder von "
                                + "Afrika, die unseren Blick prägen.")
                        .description("""
                                In Debatten über Migration erscheint Afrika oft nur als Herkunftsregion von Geflüchteten. \
                                Der Fachtag richtet den Blick auf die Vielfalt afrikanischer Gesellschaften, auf \
                                Geschichte, Kultur und Wirtschaft des Kontinents.

                                Fachkräfte reflektieren, welche Bilder sie selbst mitbringen und wie sie Menschen aus \
                                afrikanischen Ländern vorurteilsbewusst begegnen.
                                """)
                        .topics("DIVERSITAET", "RASSISMUSKRITIK")
                        .targetGroups("PAED_FACHKRAEFTE", "LEHRKRAEFTE", "EHRENAMT")
                        .on(-213, "10:00", "16:00")
                        .at(SAAL)
                        .capacity(60)
                        .speakers("mensah")
                        .attended(26, 2),
                oeffnung(-152, "INKLUSIONSASSISTENZ").capacity(20).attended(17, 2),
                DemoEvent.of("FACHTAG", "Demografischer Wandel in der Migrationsgesellschaft Kreis Düren")
                        .summary("Zahlen, Fakten und Folgen: wie Zuwanderung die Bevölkerung des Kreises Düren "
                                + "verändert und was das für Fachkräfte bedeutet.")
                        .description("""
                                Der Kreis Düren wird älter – und vielfältiger. Der Fachtag stellt aktuelle Daten zur \
                                Bevölkerungsentwicklung vor und zeigt, welche Rolle Zuwanderung für Arbeitsmarkt, \
                                Pflege und Bildung im Kreis spielt.

                                In Arbeitsgruppen entwickeln Fachkräfte aus Verwaltung, Schule und sozialer Arbeit \
                                Ideen, wie Angebote auf die veränderte Bevölkerung reagieren können.
                                """)
                        .topics("DEMOGRAFIE", "OEFFNUNG")
                        .targetGroups("KREISVERWALTUNG", "INTEGRATIONSBEAUFTRAGTE", "PAED_FACHKRAEFTE")
                        .on(-101, "09:00", "15:00")
                        .at(SAAL)
                        .capacity(80)
                        .speakers("lindner", TRAINER)
                        .attended(30, 4),
                oeffnung(-45, "LEHRKRAEFTE", "SCHULSOZIALARBEIT").capacity(20).attended(19, 1),
                oeffnung(-12, "PAED_FACHKRAEFTE").capacity(20).attended(15, 2),
                oeffnung(9, "KREISVERWALTUNG").capacity(20).crowd(20, 0, 0, 4, 1, 0),
                DemoEvent.of("FACHTAG", "Rassismus gegen Sinti*zze und Rom*nja")
                        .summary("Geschichte und Gegenwart des Antiziganismus – und wie Schulen, Kitas und "
                                + "Verwaltung Sinti*zze und Rom*nja diskriminierungsfrei begegnen.")
                        .description("""
                                Sinti*zze und Rom*nja leben seit über 600 Jahren in Deutschland und erfahren bis heute \
                                Ausgrenzung. Der Fachtag vermittelt Wissen über Geschichte, Verfolgung und Selbstorganisation \
                                und zeigt, wie Antiziganismus im Alltag von Schule und Verwaltung wirkt.

                                Am Nachmittag wählen Sie einen von drei Workshops. Bitte geben Sie Ihre Wahl bei der \
                                Anmeldung an.

                                Für Mittagessen und Getränke ist gesorgt.
                                """)
                        .topics("ANTIDISKRIMINIERUNG", "RASSISMUSKRITIK")
                        .targetGroups("LEHRKRAEFTE", "PAED_FACHKRAEFTE", "SCHULSOZIALARBEIT", "KREISVERWALTUNG")
                        .on(24, "09:00", "16:00")
                        .at(SAAL)
                        .capacity(120)
                        .speakers("lakatos", TRAINER)
                        .questions(
                                choice("Welchen Workshop am Nachmittag?", "Schule", "Kita", "Verwaltung"),
                                yesNo("Vegetarisches Essen?"))
                        .crowd(108, 0, 0, 0, 3, 0),
                DemoEvent.of("FACHTAG", "Wie sieht der Alltag ohne/mit Kopftuch aus?")
                        .summary("Ein Fachtag über Religion, Kleidung und Zuschreibungen – mit Erfahrungsberichten "
                                + "und Raum für Fragen.")
                        .description("""
                                Das Kopftuch ist oft Anlass für Diskussionen – selten kommen dabei die Frauen selbst zu \
                                Wort. Der Fachtag verbindet einen fachlichen Input mit Erfahrungsberichten von Frauen, \
                                die ein Kopftuch tragen oder es abgelegt haben.

                                Fachkräfte erhalten Anregungen für einen respektvollen Umgang in Schule, Beratung und \
                                Verwaltung.

                                Bitte bestätigen Sie Ihre Anmeldung über den Link in der E-Mail, die Sie nach der \
                                Anmeldung erhalten.
                                """)
                        .topics("DIVERSITAET", "ANTIDISKRIMINIERUNG")
                        .targetGroups("LEHRKRAEFTE", "PAED_FACHKRAEFTE", "SCHULSOZIALARBEIT")
                        .on(45, "09:30", "15:00")
                        .at(SAAL)
                        .capacity(60)
                        .confirmation()
                        .speakers("haddad")
                        .questions(yesNo("Vegetarisches Essen?"), text("Ihre Erwartungen"))
                        .crowd(14, 4, 0, 0, 1, 0),
                DemoEvent.of("FACHTAG", "Sexuelle Gewalt an Frauen")
                        .summary("Erkennen, ansprechen, weitervermitteln: ein Fachtag für Fachkräfte, die mit "
                                + "geflüchteten und zugewanderten Frauen arbeiten.")
                        .description("""
                                Frauen mit Fluchterfahrung sind besonders häufig von sexueller Gewalt betroffen. Der \
                                Fachtag vermittelt Grundlagen zu Formen und Folgen sexueller Gewalt und stellt das \
                                Hilfesystem im Kreis Düren vor.

                                Weil im Fachtag Fallbeispiele besprochen werden, richtet er sich ausschließlich an \
                                Fachkräfte. Das Integrationszentrum prüft deshalb jede Anmeldung und bestätigt sie \
                                persönlich.
                                """)
                        .topics("GESUNDHEIT", "ANTIDISKRIMINIERUNG")
                        .targetGroups("PAED_FACHKRAEFTE", "SCHULSOZIALARBEIT", "KREISVERWALTUNG")
                        .on(70, "09:00", "14:00")
                        .at(SCHULUNGSRAUM)
                        .capacity(30)
                        .approval()
                        .speakers("elkhatib")
                        .crowd(6, 0, 5, 0, 0, 1),
                DemoEvent.of("FORTBILDUNG", "Diversitätsorientierte Beratung – Qualifizierungsreihe in drei Modulen")
                        .summary("Drei Nachmittage für Beratungsfachkräfte: Haltung, Methoden und Praxisfälle einer "
                                + "diversitätsorientierten Beratung.")
                        .description("""
                                Die Reihe vertieft die Inhalte der Schulung zur migrationsgesellschaftlichen Öffnung \
                                für alle, die Menschen beraten.

                                1. **Modul 1:** Haltung und Selbstreflexion
                                2. **Modul 2:** Methoden einer diskriminierungssensiblen Beratung
                                3. **Modul 3:** Fallbesprechungen aus der eigenen Praxis

                                Die Module bauen aufeinander auf; bitte melden Sie sich nur an, wenn Sie alle drei \
                                Termine wahrnehmen können.
                                """)
                        .topics("OEFFNUNG", "DIVERSITAET")
                        .targetGroups("KREISVERWALTUNG", "SCHULSOZIALARBEIT", "PAED_FACHKRAEFTE")
                        .on(30, "13:30", "16:30")
                        .sessions(3, 7)
                        .at(SCHULUNGSRAUM)
                        .capacity(16)
                        .speakers(TRAINER)
                        .questions(text("Ihre Erwartungen"))
                        .crowd(11, 0, 0, 0, 1, 0),
                DemoEvent.of("WORKSHOP", "Antidiskriminierung im Schulalltag – Online-Workshop")
                        .summary("Zweieinhalb Stunden online: Diskriminierung in der Schule erkennen und Schüler*innen "
                                + "stärken.")
                        .description("""
                                Wie reagiere ich, wenn Schüler*innen wegen ihrer Herkunft, Religion oder Sprache \
                                ausgegrenzt werden? Der Workshop stellt Beschwerdewege und Handlungsmöglichkeiten vor.

                                Der Workshop findet online statt. Den Link erhalten Sie nach der Anmeldung.
                                """)
                        .topics("ANTIDISKRIMINIERUNG")
                        .targetGroups("LEHRKRAEFTE", "SCHULSOZIALARBEIT", "INKLUSIONSASSISTENZ")
                        .on(16, "15:00", "17:30")
                        .online()
                        .capacity(30)
                        .speakers(TRAINER, "kraemer")
                        .questions(choice(
                                "Welche Schulform?",
                                "Grundschule",
                                "Gesamtschule",
                                "Gymnasium",
                                "Berufskolleg",
                                "Förderschule"))
                        .crowd(12, 0, 0, 0, 2, 0),
                DemoEvent.of("VORTRAG", "Feminismus in der Migrationsgesellschaft")
                        .summary("Öffentlicher Abendvortrag mit Gespräch. Der Eintritt ist frei.")
                        .description("""
                                Welche Rolle spielen Frauen mit Migrationsgeschichte in der Frauenbewegung – und welche \
                                Kämpfe führen sie heute? Der Vortrag greift ein Thema auf, das auch beim Kommunalen \
                                Qualitätszirkel zur Integrationspolitik im Kreishaus diskutiert wurde.

                                Im Anschluss laden wir zu Gespräch und Getränken ein. Der Eintritt ist frei; wir bitten \
                                um Anmeldung, damit wir planen können.
                                """)
                        .topics("DIVERSITAET", "ANTIDISKRIMINIERUNG")
                        .targetGroups("OEFFENTLICHKEIT", "EHRENAMT")
                        .on(52, "18:00", "19:30")
                        .at(SAAL)
                        .unlimited()
                        .languages("de", "en")
                        .speakers("elkhatib", "haddad")
                        .crowd(35, 0, 0, 0, 3, 0),
                oeffnung(110, "KREISVERWALTUNG", "INKLUSIONSASSISTENZ")
                        .capacity(20)
                        .draft(),
                DemoEvent.of("WORKSHOP", "Interkulturelle Elternarbeit in der Kita")
                        .summary("Wie Kitas Eltern mit unterschiedlichen Sprachen und Erfahrungen erreichen.")
                        .description("""
                                Der Workshop stellt Methoden vor, mit denen Kitas Eltern unterschiedlicher Herkunft \
                                einbeziehen – vom Aufnahmegespräch bis zum Elterncafé.
                                """)
                        .topics("DIVERSITAET", "OEFFNUNG")
                        .targetGroups("KITA", "PAED_FACHKRAEFTE")
                        .on(20, "09:00", "12:30")
                        .at(SCHULUNGSRAUM)
                        .capacity(18)
                        .speakers(TRAINER)
                        .cancelled("Der Workshop muss wegen Erkrankung der Referentin leider entfallen. Wir bieten "
                                + "ihn im nächsten Halbjahr erneut an.")
                        .crowd(0, 0, 0, 0, 8, 0));
    }

    /** The regular Schulung, each date for other target groups. */
    private static DemoEvent oeffnung(int day, String... targetGroups) {
        return DemoEvent.of("SCHULUNG", OEFFNUNG_TITLE)
                .summary(OEFFNUNG_SUMMARY)
                .description(OEFFNUNG_DESCRIPTION)
                .topics("OEFFNUNG", "DIVERSITAET", "INTERKULTURELL")
                .targetGroups(targetGroups)
                .on(day, "09:00", "16:00")
                .at(SCHULUNGSRAUM)
                .speakers(TRAINER)
                .questions(yesNo("Vegetarisches Essen?"));
    }
}
