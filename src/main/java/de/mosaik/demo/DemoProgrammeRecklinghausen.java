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

/** Kreis Recklinghausen: Integrationstreffen of the ten towns, intercultural trainings and the Festvortrag. */
final class DemoProgrammeRecklinghausen {

    private static final String SAAL = "saal";
    private static final String SEMINAR = "seminar";

    private static final DemoQuestion STADT = choice(
            "Aus welcher Stadt kommen Sie?",
            "Castrop-Rauxel",
            "Datteln",
            "Dorsten",
            "Gladbeck",
            "Haltern am See",
            "Herten",
            "Marl",
            "Oer-Erkenschwick",
            "Recklinghausen",
            "Waltrop",
            "Kreisverwaltung");

    private DemoProgrammeRecklinghausen() {}

    static DemoEventCatalogue catalogue() {
        return new DemoEventCatalogue(venues(), speakers(), institutions(), events());
    }

    private static List<DemoVenue> venues() {
        return List.of(
                new DemoVenue(
                        SAAL,
                        "Kreishaus Recklinghausen, Sitzungssaal",
                        "Kurt-Schumacher-Allee 1",
                        "45657",
                        "Recklinghausen",
                        "Großer Sitzungssaal",
                        "Vom Hauptbahnhof Recklinghausen etwa 15 Minuten zu Fuß oder mit dem Bus bis Kreishaus.",
                        true,
                        "Stufenloser Haupteingang, Aufzüge in alle Etagen, Behindertenparkplätze am Haupteingang."),
                new DemoVenue(
                        SEMINAR,
                        "Kreishaus Recklinghausen, Seminarraum",
                        "Kurt-Schumacher-Allee 1",
                        "45657",
                        "Recklinghausen",
                        "Seminarraum 1.08",
                        "Vom Hauptbahnhof Recklinghausen etwa 15 Minuten zu Fuß; im Foyer ausgeschildert.",
                        false,
                        "Aufzug vorhanden; barrierefreies WC im Erdgeschoss."));
    }

    private static List<DemoSpeaker> speakers() {
        return List.of(
                new DemoSpeaker(
                        "alexopoulou",
                        "Dr. Maria Alexopoulou",
                        "Historikerin",
                        "Historikerin mit den Schwerpunkten Migrations- und Rassismusgeschichte. Sie fragt, was die "
                                + "Einwanderungsgesellschaft heute braucht.",
                        true),
                new DemoSpeaker(
                        "brinkmann",
                        "Stefan Brinkmann",
                        "Studieninstitut für kommunale Verwaltung Emscher-Lippe",
                        "Dozent für Verwaltungsorganisation; leitet das Fortbildungsprogramm zu interkulturellen "
                                + "Kompetenzen.",
                        true),
                new DemoSpeaker(
                        "yildiz",
                        "Hatice Yıldız",
                        "Interkulturelle Trainings Ruhr",
                        "Trainerin für interkulturelle Kompetenz; arbeitete im Projekt „Option – Kultur“ mit den "
                                + "Verwaltungen des Kreises.",
                        true),
                new DemoSpeaker(
                        "schaefer",
                        "Michael Schäfer",
                        "Deeskalation & Sicherheit Training",
                        "Polizeibeamter a. D. und Trainer für Deeskalation und Eigensicherung in Behörden.",
                        true),
                new DemoSpeaker(
                        "hamdan",
                        "Dr. Leyla Hamdan",
                        "Antidiskriminierungsbüro Emscher-Lippe",
                        "Juristin; berät zum Allgemeinen Gleichbehandlungsgesetz und zu Beschwerdeverfahren.",
                        true),
                new DemoSpeaker(
                        "wojcik",
                        "Piotr Wójcik",
                        "Kreis Recklinghausen, Jobcenter",
                        "Teamleiter im Jobcenter; bringt die Sicht der Beschäftigten ein.",
                        false));
    }

    private static List<DemoInstitution> institutions() {
        return List.of(
                new DemoInstitution(
                        "Kreisverwaltung Recklinghausen",
                        "kreis-recklinghausen.demo",
                        List.of("KREISVERWALTUNG", "VERWALTUNG")),
                new DemoInstitution("Jobcenter Kreis Recklinghausen", "jobcenter-re.demo", List.of("VERWALTUNG")),
                new DemoInstitution("Stadt Marl", "stadt-marl.demo", List.of("INTEGRATIONSBEAUFTRAGTE", "VERWALTUNG")),
                new DemoInstitution(
                        "Stadt Herten", "stadt-herten.demo", List.of("INTEGRATIONSBEAUFTRAGTE", "VERWALTUNG")),
                new DemoInstitution(
                        "Stadt Gladbeck", "stadt-gladbeck.demo", List.of("INTEGRATIONSBEAUFTRAGTE", "VERWALTUNG")),
                new DemoInstitution(
                        "Stadt Dorsten", "stadt-dorsten.demo", List.of("INTEGRATIONSBEAUFTRAGTE", "VERWALTUNG")),
                new DemoInstitution(
                        "Stadt Castrop-Rauxel", "stadt-castrop-rauxel.demo", List.of("INTEGRATIONSBEAUFTRAGTE")),
                new DemoInstitution(
                        "Gesamtschule Waltrop",
                        "gesamtschule-waltrop.demo",
                        List.of("SCHULSOZIALARBEIT", "LEHRKRAEFTE")),
                new DemoInstitution(
                        "Realschule Datteln", "realschule-datteln.demo", List.of("SCHULSOZIALARBEIT", "LEHRKRAEFTE")),
                new DemoInstitution(
                        "Familienhilfe Vest e. V.",
                        "diakonie-re.demo",
                        List.of("PAED_FACHKRAEFTE", "SCHULSOZIALARBEIT")),
                new DemoInstitution("Integrationsrat Haltern am See", null, List.of("EHRENAMT")),
                new DemoInstitution("", null, List.of("OEFFENTLICHKEIT")));
    }

    private static List<DemoEvent> events() {
        return List.of(
                DemoEvent.of(
                                "FACHTAG",
                                "Integrationstreffen: Herausforderungen und Perspektiven der Integrationsarbeit im Kreis Recklinghausen")
                        .summary("Die Integrationsbeauftragten der zehn Städte und weitere Akteure vernetzen sich: "
                                + "Fachvorträge und Foren im Kreishaus.")
                        .description("""
                                Im Kreis Recklinghausen leben rund 100.000 Menschen mit Migrationsgeschichte. Das \
                                Kommunale Integrationszentrum lädt die Integrationsbeauftragten aller zehn Städte und \
                                weitere verantwortliche Akteure ins Kreishaus ein.

                                Fachvorträge und Foren zu den Herausforderungen und Perspektiven der Integrationsarbeit \
                                geben Raum, sich zu informieren und zu vernetzen.
                                """)
                        .topics("OEFFNUNG", "DIVERSITAET")
                        .targetGroups("INTEGRATIONSBEAUFTRAGTE", "VERWALTUNG")
                        .on(-252, "10:00", "15:00")
                        .at(SAAL)
                        .capacity(60)
                        .speakers(TRAINER, "yildiz")
                        .questions(STADT)
                        .attended(30, 2),
                verwaltung("Interkulturelle Kompetenz in der Verwaltung – Basismodul", -203)
                        .capacity(18)
                        .attended(17, 1),
                schulsozialarbeit(-161).capacity(20).attended(15, 2),
                sicherheit(-109).capacity(14).attended(13, 1),
                DemoEvent.of("FACHTAG", "Vielfalt als Chance für die Region")
                        .summary("Forum für Verwaltung, Bildung und Ehrenamt: wie der Kreis von der Vielfalt seiner "
                                + "Bevölkerung profitiert.")
                        .description("""
                                Die Vielfalt der Gesellschaft muss noch mehr in unser aller Blickfeld rücken. Das \
                                Forum zeigt Beispiele aus den Städten des Kreises, in denen Vielfalt zur Chance wird – \
                                in Verwaltung, Schule, Wirtschaft und Ehrenamt.

                                In Foren tauschen sich die Teilnehmenden über die nächsten Schritte aus.
                                """)
                        .topics("DIVERSITAET", "OEFFNUNG")
                        .targetGroups("INTEGRATIONSBEAUFTRAGTE", "VERWALTUNG", "EHRENAMT")
                        .on(-66, "09:30", "15:30")
                        .at(SAAL)
                        .capacity(70)
                        .speakers("yildiz", TRAINER)
                        .attended(28, 3),
                verwaltung("Interkulturelle Kompetenz in der Verwaltung – Aufbaumodul", -20)
                        .capacity(18)
                        .attended(16, 1),
                sicherheit(-6).capacity(14).attended(12, 1),
                DemoEvent.of("VORTRAG", "Festvortrag: Einwanderung und Zusammenhalt")
                        .summary("Was braucht unsere Einwanderungsgesellschaft jetzt? Öffentlicher Festvortrag mit "
                                + "anschließendem Get-Together. Der Eintritt ist frei.")
                        .description("""
                                Die Historikerin **Dr. Maria Alexopoulou**, die sich auf Migrations- und \
                                Rassismusgeschichte spezialisiert hat, widmet sich der Frage: Was braucht unsere \
                                Einwanderungsgesellschaft nun?

                                Sie geht dabei konkret auf die notwendigen Schritte und gesellschaftlichen Strukturen \
                                ein, die eine Einwanderungsgesellschaft benötigt.

                                Der Vortrag mit anschließendem Get-Together ist für alle Interessierten offen, der \
                                Eintritt ist frei. Eine Anmeldung hilft uns bei der Planung.
                                """)
                        .topics("DIVERSITAET", "RASSISMUSKRITIK")
                        .targetGroups("OEFFENTLICHKEIT", "INTEGRATIONSBEAUFTRAGTE", "EHRENAMT")
                        .on(40, "17:00", "19:00")
                        .at(SAAL)
                        .unlimited()
                        .speakers("alexopoulou")
                        .crowd(46, 0, 0, 0, 5, 0),
                DemoEvent.of("FACHTAG", "2. Integrationstreffen: Vielfalt als Chance für den Kreis")
                        .summary("Das Integrationstreffen der Verantwortlichen aller zehn Städte geht weiter – mit "
                                + "Foren und Ergebnissen aus den Städten.")
                        .description("""
                                Alle waren sich nach dem ersten Integrationstreffen einig, dass weitere folgen sollen. \
                                Das zweite Treffen fördert den Dialog zwischen den zehn Städten und stellt Ergebnisse \
                                vor, die aus dem Projekt „Option – Kultur“ verstetigt wurden.

                                Die Plätze sind vorrangig für Integrationsbeauftragte und Verantwortliche der Städte \
                                gedacht; das Integrationszentrum bestätigt jede Anmeldung.
                                """)
                        .topics("OEFFNUNG", "DIVERSITAET")
                        .targetGroups("INTEGRATIONSBEAUFTRAGTE", "VERWALTUNG")
                        .on(27, "10:00", "15:00")
                        .at(SAAL)
                        .capacity(80)
                        .approval()
                        .speakers(TRAINER, "yildiz")
                        .questions(STADT, yesNo("Vegetarisches Essen?"))
                        .crowd(60, 0, 12, 0, 2, 2),
                verwaltung("Interkulturelle Kompetenz in der Verwaltung – Fortbildungsreihe", 13)
                        .description("""
                                Zwischen dem Studieninstitut für kommunale Verwaltung Emscher-Lippe und dem \
                                Kommunalen Integrationszentrum wurde ein Fortbildungsprogramm entwickelt, das \
                                Verwaltungsmitarbeitende im Bereich interkultureller Kompetenzen weiterbildet.

                                Die Reihe umfasst drei Termine:

                                1. Kultur, Identität und Vielfalt
                                2. Kommunikation im Kundenkontakt
                                3. Gleichberechtigter Zugang zu Dienstleistungen

                                Bitte melden Sie sich nur an, wenn Sie alle drei Termine wahrnehmen können.
                                """)
                        .sessions(3, 7)
                        .capacity(18)
                        .crowd(15, 0, 0, 0, 1, 0),
                sicherheit(10).capacity(14).crowd(14, 0, 0, 3, 1, 0),
                schulsozialarbeit(33)
                        .confirmation()
                        .capacity(20)
                        .questions(text("Ihre Erwartungen"))
                        .crowd(10, 3, 0, 0, 1, 0),
                DemoEvent.of("WORKSHOP", "Antidiskriminierung in der Beratungspraxis – Online-Workshop")
                        .summary("Online: Was das Gleichbehandlungsgesetz verlangt und wie Beratungsstellen "
                                + "Betroffene unterstützen.")
                        .description("""
                                Der Workshop erklärt die Grundlagen des Allgemeinen Gleichbehandlungsgesetzes und zeigt, \
                                wie Beratungsstellen Menschen mit Diskriminierungserfahrungen weitervermitteln.

                                Der Workshop findet online statt; den Zugangslink erhalten angemeldete Teilnehmende.
                                """)
                        .topics("ANTIDISKRIMINIERUNG")
                        .targetGroups("VERWALTUNG", "PAED_FACHKRAEFTE", "EHRENAMT")
                        .on(17, "10:00", "12:30")
                        .online()
                        .capacity(25)
                        .languages("de", "en")
                        .speakers("hamdan")
                        .crowd(12, 0, 0, 0, 1, 0),
                DemoEvent.of("WORKSHOP", "Ehrenamt und Integration: Vernetzungswerkstatt")
                        .summary(
                                "Ehrenamtliche aus den zehn Städten lernen sich kennen und planen gemeinsame Projekte.")
                        .description("""
                                Ehrenamtliche tragen einen großen Teil der Integrationsarbeit vor Ort. Die Werkstatt \
                                bringt sie mit dem Kommunalen Integrationszentrum und den Integrationsbeauftragten \
                                zusammen.
                                """)
                        .topics("DIVERSITAET")
                        .targetGroups("EHRENAMT", "INTEGRATIONSBEAUFTRAGTE")
                        .on(62, "10:00", "14:00")
                        .at(SEMINAR)
                        .capacity(30)
                        .speakers(TRAINER)
                        .questions(STADT)
                        .crowd(9, 0, 0, 0, 0, 0),
                DemoEvent.of("FACHTAG", "Interkulturelle Öffnung der Verwaltung")
                        .summary("Fachtag zu den Ergebnissen der Fortbildungsreihe und den nächsten Schritten der "
                                + "interkulturellen Öffnung.")
                        .description("""
                                Der Fachtag ist in Planung. Programm und Anmeldung folgen.
                                """)
                        .topics("OEFFNUNG", "INTERKULTURELL")
                        .targetGroups("VERWALTUNG", "KREISVERWALTUNG")
                        .on(120, "09:00", "15:00")
                        .at(SAAL)
                        .capacity(80)
                        .speakers("brinkmann")
                        .draft(),
                DemoEvent.of("WORKSHOP", "Diversitätsorientierte Personalgewinnung")
                        .summary("Wie Verwaltungen mehr Bewerbungen von Menschen mit Migrationsgeschichte erhalten.")
                        .description("""
                                Stellenanzeigen, Auswahlverfahren, Einarbeitung: Der Workshop zeigt, wie Verwaltungen \
                                Hürden für Bewerber*innen mit Migrationsgeschichte abbauen.
                                """)
                        .topics("OEFFNUNG", "DIVERSITAET")
                        .targetGroups("VERWALTUNG", "KREISVERWALTUNG")
                        .on(22, "09:00", "12:00")
                        .at(SEMINAR)
                        .capacity(20)
                        .speakers("brinkmann")
                        .cancelled("Der Workshop wird auf das nächste Halbjahr verschoben. Wir informieren Sie, "
                                + "sobald der neue Termin feststeht.")
                        .crowd(0, 0, 0, 0, 6, 0));
    }

    private static DemoEvent verwaltung(String title, int day) {
        return DemoEvent.of("FORTBILDUNG", title)
                .summary("Fortbildung zu interkulturellen Kompetenzen für Verwaltungsmitarbeitende, in "
                        + "Kooperation mit dem Studieninstitut Emscher-Lippe.")
                .description("""
                        Zwischen dem Studieninstitut für kommunale Verwaltung Emscher-Lippe und dem Kommunalen \
                        Integrationszentrum wurde ein Fortbildungsprogramm entwickelt, das Verwaltungsmitarbeitende \
                        im Bereich interkultureller Kompetenzen weiterbildet.

                        Ziel ist der gleichberechtigte Zugang aller Einwohner*innen zu den Angeboten und \
                        Dienstleistungen der Verwaltung.
                        """)
                .topics("INTERKULTURELL", "OEFFNUNG")
                .targetGroups("VERWALTUNG", "KREISVERWALTUNG")
                .on(day, "09:00", "16:00")
                .at(SEMINAR)
                .speakers("brinkmann", "yildiz");
    }

    private static DemoEvent schulsozialarbeit(int day) {
        return DemoEvent.of("FORTBILDUNG", "Interkulturelle Kompetenz für Schulsozialarbeiter*innen")
                .summary("Fortbildung für die Schulsozialarbeit im Kreis: Familien unterschiedlicher Herkunft gut "
                        + "begleiten.")
                .description("""
                        Auch für die Schulsozialarbeiter*innen im Kreis bietet das Kommunale Integrationszentrum \
                        Fortbildungen zu interkulturellen Kompetenzen an.

                        Themen sind Elternarbeit, Mehrsprachigkeit, Diskriminierungserfahrungen von Schüler*innen \
                        und die Zusammenarbeit mit Migrantenorganisationen.
                        """)
                .topics("INTERKULTURELL", "ANTIDISKRIMINIERUNG")
                .targetGroups("SCHULSOZIALARBEIT")
                .on(day, "09:00", "15:00")
                .at(SEMINAR)
                .speakers("yildiz", TRAINER);
    }

    private static DemoEvent sicherheit(int day) {
        return DemoEvent.of("SCHULUNG", "Sicherheitstraining für Mitarbeitende des Jobcenters")
                .summary("Deeskalation und Eigensicherung im Kundenkontakt – mit interkulturellem Blick.")
                .description("""
                        Das Sicherheitstraining bereitet Beschäftigte des Jobcenters auf schwierige Situationen im \
                        Kundenkontakt vor. Das Kommunale Integrationszentrum bringt die interkulturelle Perspektive \
                        ein: Missverständnisse erkennen, bevor sie eskalieren.

                        Die Gruppe ist bewusst klein gehalten, damit alle üben können.
                        """)
                .topics("INTERKULTURELL")
                .targetGroups("VERWALTUNG")
                .on(day, "08:30", "15:30")
                .at(SEMINAR)
                .speakers("schaefer", TRAINER);
    }
}
