package de.mosaik.demo;

import de.mosaik.networks.Networks;
import de.mosaik.practice.Author;
import de.mosaik.practice.ExampleDraft;
import de.mosaik.practice.PracticeFields;
import de.mosaik.practice.PracticeSetup;
import de.mosaik.practice.TargetGroups;
import de.mosaik.shared.text.BerlinTime;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The practice library's demo: fourteen published examples drawn from the source texts (Kreis Düren's
 * trainings on migrationsgesellschaftliche Öffnung, the Recklinghausen XENOS project "Option – Kultur", the
 * Konstanz programme for integration officers, Duisburg's Rucksack KiTa, Schulberatung and Sprachmittlung, the
 * Qualitätszirkel itself …) across fields of work, states, size classes, years and funding programmes, and one
 * example of Kreis Recklinghausen waiting for the Qualitätszirkel's review.
 */
@Component
class DemoPracticeExamples {

    private static final String QZ = DemoNetworks.QUALITY_CIRCLE;
    private static final String RE = DemoNetworks.RECKLINGHAUSEN;
    private static final Author EDITORS = new Author(null, "Redaktion Qualitätszirkel", "", "de");
    private static final Author REVIEWER = new Author(null, "Miriam Weber", "", "de");

    private final PracticeSetup practice;
    private final Networks networks;

    DemoPracticeExamples(PracticeSetup practice, Networks networks) {
        this.practice = practice;
        this.networks = networks;
    }

    /** A seeded example: whose, by which network reviewed, with which texts, and when it was published. */
    private record Seed(
            String network,
            String body,
            @Nullable String tenant,
            String title,
            String summary,
            PracticeFields field,
            List<TargetGroups> groups,
            String goals,
            String approach,
            String resources,
            String funding,
            String results,
            String lessons,
            String transferability,
            LocalDate from,
            @Nullable LocalDate to,
            String contact,
            String links,
            @Nullable LocalDate published) {}

    void seed(Map<String, UUID> networkIds, Map<String, UUID> tenants, Map<String, UUID> accounts) {
        var bodies = new HashMap<String, UUID>();
        for (var id : networkIds.values()) {
            networks.members(id).forEach(m -> bodies.put(m.name(), m.organisationId()));
        }
        practice.addCriterion(networkIds.get(QZ), "Klare, überprüfbare Ziele");
        practice.addCriterion(networkIds.get(QZ), "Evaluiert, mit Ergebnissen belegt");
        practice.addCriterion(networkIds.get(QZ), "Auf andere Kommunen übertragbar");
        practice.addCriterion(networkIds.get(QZ), "Zielgruppen beteiligt");
        practice.addCriterion(networkIds.get(RE), "Klare Ziele");
        practice.addCriterion(networkIds.get(RE), "In allen zehn Städten nutzbar");
        int index = 0;
        for (var seed : seeds()) {
            index++;
            var author = author(seed, accounts);
            var id = practice.createExample(
                    seed.tenant() == null ? null : tenants.get(seed.tenant()), author, draft(seed, networkIds, bodies));
            practice.submitExample(id);
            if (seed.published() != null) {
                practice.publishExample(
                        id,
                        REVIEWER,
                        List.of("Klare, überprüfbare Ziele", "Auf andere Kommunen übertragbar"),
                        "Danke für die gründliche Darstellung – gern veröffentlicht.");
                // Confirmed within the last year, so that the yearly question is not yet due for any of them.
                var confirmed = LocalDate.now(BerlinTime.ZONE).minusMonths(1 + index % 10);
                practice.backdate(
                        id,
                        BerlinTime.startOf(seed.published()).plusSeconds(9 * 3600),
                        confirmed.isAfter(seed.published()) ? confirmed : null);
            }
        }
    }

    private static Author author(Seed seed, Map<String, UUID> accounts) {
        if (seed.tenant() == null) {
            return EDITORS;
        }
        var email = "team@" + seed.tenant() + ".demo";
        return new Author(accounts.get(email), "Jonas Becker", email, "de");
    }

    private static ExampleDraft draft(Seed seed, Map<String, UUID> networkIds, Map<String, UUID> bodies) {
        var contact = seed.contact().split("\\|", -1);
        return new ExampleDraft(
                Objects.requireNonNull(networkIds.get(seed.network())),
                seed.title(),
                seed.summary(),
                seed.field().name(),
                seed.groups().stream().map(Enum::name).toList(),
                seed.goals(),
                seed.approach(),
                seed.resources(),
                seed.funding(),
                seed.results(),
                seed.lessons(),
                seed.transferability(),
                seed.from(),
                seed.to(),
                Objects.requireNonNull(bodies.get(seed.body()), seed.body()),
                contact[0],
                contact.length > 1 ? contact[1] : "",
                !contact[0].isEmpty(),
                seed.links());
    }

    private static List<TargetGroups> groups(TargetGroups... groups) {
        return Arrays.asList(groups);
    }

    private static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static List<Seed> seeds() {
        return List.of(
                new Seed(
                        QZ,
                        "Kreis Düren",
                        "kreis-dueren",
                        "Schulung „Migrationsgesellschaftliche Öffnung und diversitätsorientierte Sensibilisierung“",
                        "Das Kommunale Integrationszentrum schult regelmäßig Fachkräfte der Kreisverwaltung, Lehrkräfte, "
                                + "Schulsozialarbeit und Integrationshelfer*innen. Von 2020 bis Juni 2024 wurden rund 390 "
                                + "Personen geschult.",
                        PracticeFields.INTERCULTURAL_OPENING,
                        groups(TargetGroups.ADMINISTRATION_STAFF, TargetGroups.TEACHERS, TargetGroups.EDUCATORS),
                        "Interkulturelle und migrationsgesellschaftliche Kompetenz sowie Diversitätskompetenz als "
                                + "Schlüsselqualifikation in der Zusammenarbeit mit Menschen mit Einwanderungsgeschichte "
                                + "stärken.",
                        "Eintägige Schulung durch eine Mitarbeiterin des KI: Perspektivwechsel, Selbstreflexion eigener "
                                + "Vorurteile und Stereotype, diskriminierungssensibler Sprachgebrauch; ergänzt durch "
                                + "Fachtage mit externen Referent*innen.",
                        "Eine Referentin des KI, Räume der Kreisverwaltung; Fachtage mit Honorarmitteln.",
                        "Landesmittel",
                        "Rund 390 geschulte Fachkräfte in vier Jahren; Rückmeldebögen nach jeder Schulung.",
                        "Kurze, regelmäßige Termine erreichen mehr Fachkräfte als große Einzelveranstaltungen. Eigene "
                                + "Fallbeispiele der Teilnehmenden machen die Schulung konkret.",
                        "Mit einer geschulten Fachkraft im KI in jedem Kreis und jeder Stadt umsetzbar.",
                        day(2020, 1, 1),
                        null,
                        "Lena Hoffmann|integration@kreis-dueren.demo",
                        "https://www.kreis-dueren.de",
                        day(2024, 6, 10)),
                new Seed(
                        QZ,
                        "Kreis Düren",
                        "kreis-dueren",
                        "Fachtage „Rassismus und (psychische) Gesundheit“",
                        "Fachtage mit externen Referent*innen vermitteln Fachkräften aktuelles Wissen zu "
                                + "migrationsgesellschaftlichen Themen, zuletzt zu Rassismus und Gesundheit.",
                        PracticeFields.ANTI_DISCRIMINATION,
                        groups(TargetGroups.HEALTH_PROFESSIONALS, TargetGroups.ADMINISTRATION_STAFF),
                        "Fachkräfte für Rassismuserfahrungen und ihre Folgen für die Gesundheit sensibilisieren.",
                        "Ein Fachtag pro Halbjahr mit Vortrag, Workshops und Austausch; geplant sind Fachtage zu "
                                + "Rassismus gegen Sinti*zze und Rom*nja und zu sexueller Gewalt an Frauen.",
                        "Honorare für Referent*innen, Saal im Kreishaus.",
                        "KOMM-AN NRW",
                        "Je Fachtag 60 bis 90 Teilnehmende aus Verwaltung, Gesundheitswesen und Schule.",
                        "Betroffene Menschen als Referent*innen einzubinden, verändert die Diskussion spürbar.",
                        "Übertragbar; Netzwerke mit Gesundheitsamt und Kliniken helfen bei der Einladung.",
                        day(2022, 3, 1),
                        null,
                        "",
                        "",
                        day(2023, 4, 20)),
                new Seed(
                        QZ,
                        "Kreis Recklinghausen",
                        "kreis-recklinghausen",
                        "XENOS-Projekt „Option – Kultur“: Vielfalt in elf Verwaltungen",
                        "Das vom BMAS und der EU geförderte Projekt stieß in der Kreisverwaltung und den zehn "
                                + "Stadtverwaltungen Prozesse an, die den Umgang mit Vielfalt und den gleichberechtigten "
                                + "Zugang aller Einwohner*innen zu Angeboten verbessern.",
                        PracticeFields.INTERCULTURAL_OPENING,
                        groups(TargetGroups.ADMINISTRATION_STAFF),
                        "Gleichberechtigter Zugang zu Dienstleistungen; Potenziale der Vielfalt in den Verwaltungen "
                                + "erschließen.",
                        "Mit dem Studieninstitut für kommunale Verwaltung Emscher-Lippe ein Fortbildungsprogramm zu "
                                + "interkultureller Kompetenz entwickelt; Fortbildungen für die Schulsozialarbeit; "
                                + "Sicherheitstrainings für Mitarbeitende mit Publikumsverkehr.",
                        "Projektteam, Kooperation mit dem Studieninstitut.",
                        "XENOS",
                        "Fortbildungsprogramm in allen elf Verwaltungen eingeführt; Ergebnisse vom KI verstetigt.",
                        "Befristete Projekte brauchen früh eine Stelle, die Ergebnisse übernimmt – hier das neue KI.",
                        "Das Fortbildungsprogramm ist für andere Kreise mit ihren Studieninstituten nutzbar.",
                        day(2012, 1, 1),
                        day(2014, 12, 31),
                        "",
                        "",
                        day(2021, 5, 3)),
                new Seed(
                        RE,
                        "Kreis Recklinghausen",
                        "kreis-recklinghausen",
                        "Integrationstreffen der zehn Städte im Kreis Recklinghausen",
                        "Das KI lädt die Integrationsbeauftragten aller zehn Städte und weitere Akteure regelmäßig ins "
                                + "Kreishaus ein, um die Integrationsarbeit zu vernetzen und weiterzuentwickeln.",
                        PracticeFields.PARTICIPATION,
                        groups(TargetGroups.ADMINISTRATION_STAFF, TargetGroups.MIGRANT_ORGANISATIONS),
                        "Dialog zwischen den zehn Städten fördern und die Qualität der Integrationsarbeit steigern.",
                        "Fachvorträge und Foren, etwa zu „Vielfalt als Chance für die Region“, mit Austausch in "
                                + "kleinen Gruppen.",
                        "Organisation durch das KI, Räume im Kreishaus.",
                        "Landesmittel",
                        "Alle Beteiligten wünschten weitere Treffen; seither finden sie jährlich statt.",
                        "Die Einladung durch den Landrat gab dem Treffen Gewicht.",
                        "Für jeden Kreis mit kreisangehörigen Städten geeignet.",
                        day(2014, 2, 1),
                        null,
                        "",
                        "",
                        day(2022, 2, 14)),
                new Seed(
                        RE,
                        "Stadt Gladbeck",
                        null,
                        "Interkulturelle Kompetenz für die Stadtverwaltung Gladbeck",
                        "Beschäftigte mit Publikumsverkehr nehmen am gemeinsamen Fortbildungsprogramm des Kreises "
                                + "teil und geben ihr Wissen in ihren Ämtern weiter.",
                        PracticeFields.INTERCULTURAL_OPENING,
                        groups(TargetGroups.ADMINISTRATION_STAFF),
                        "Beratung im Bürgerbüro und im Sozialamt für alle verständlich machen.",
                        "Zwei Fortbildungstage je Team, danach Multiplikator*innen in jedem Amt.",
                        "Freistellung der Beschäftigten; Fortbildung über das Studieninstitut.",
                        "Kommunale Mittel",
                        "120 Beschäftigte fortgebildet; weniger Beschwerden im Bürgerbüro.",
                        "Führungskräfte zuerst einzubeziehen, öffnete die Teams.",
                        "Für mittlere Städte gut übertragbar.",
                        day(2016, 9, 1),
                        day(2019, 6, 30),
                        "",
                        "",
                        day(2025, 3, 12)),
                new Seed(
                        QZ,
                        "Landkreis Konstanz",
                        null,
                        "Fortbildungsprogramm für kommunale Integrationsbeauftragte",
                        "An der Universität Konstanz konzipiert, bereitet das Programm Integrationsbeauftragte "
                                + "wissenschaftlich fundiert auf ihre komplexe Arbeit vor; Auftakt im November 2024 in "
                                + "Stuttgart.",
                        PracticeFields.PARTICIPATION,
                        groups(TargetGroups.ADMINISTRATION_STAFF),
                        "Integrationsbeauftragte, die oft als Einzelkämpfer*innen arbeiten, mit praxisnahem Wissen und "
                                + "strategischen Ansätzen stärken.",
                        "Workshops zu Grundlagen der kommunalen Integrationsarbeit, weitere Lehrveranstaltungen und "
                                + "Kompetenzbausteine; geplant ist eine Plattform mit Bildungs-, Vernetzungs- und "
                                + "Dialogangeboten.",
                        "Drei Jahre Konzeption an der Universität, Praxispartner*innen aus Kommunen.",
                        "Stiftungsmittel",
                        "Knapp 30 Teilnehmende im ersten Durchgang.",
                        "Theorie und Praxis gemeinsam zu planen, überwand viele Hürden.",
                        "Bundesweit offen für Integrationsbeauftragte.",
                        day(2024, 11, 7),
                        null,
                        "",
                        "",
                        day(2025, 1, 15)),
                new Seed(
                        QZ,
                        "Stadt Duisburg",
                        "stadt-duisburg",
                        "Rucksack KiTa: Bildungspartnerschaft mit Eltern",
                        "Eltern ein- bis sechsjähriger Kinder stärken in Elterngruppen in der Kita die Mehrsprachigkeit "
                                + "ihrer Kinder; das Programm schließt an Griffbereit an und wird in Rucksack Schule "
                                + "fortgeführt.",
                        PracticeFields.EARLY_CHILDHOOD,
                        groups(TargetGroups.PARENTS, TargetGroups.CHILDREN, TargetGroups.EDUCATORS),
                        "Familiensprache und Deutsch fördern, Eltern als Bildungspartner gewinnen.",
                        "Geschulte Elternbegleiterinnen leiten wöchentliche Elterngruppen; Materialien in mehreren "
                                + "Sprachen; Abstimmung mit den Erzieher*innen.",
                        "Honorare der Elternbegleiterinnen, Koordination im KI.",
                        "Landesmittel",
                        "Über 40 Kitas beteiligt; Eltern berichten von mehr Gesprächen über die Kita.",
                        "Elternbegleiterinnen aus den Communities sind der Schlüssel.",
                        "Bewährtes Landesprogramm, in vielen Kommunen eingeführt.",
                        day(2010, 8, 1),
                        null,
                        "Aylin Demir|rucksack@stadt-duisburg.demo",
                        "https://www.wir-sind-du.de",
                        day(2020, 10, 5)),
                new Seed(
                        QZ,
                        "Stadt Duisburg",
                        "stadt-duisburg",
                        "Schulberatung für neu zugewanderte Kinder und Jugendliche",
                        "Das KI berät neu zugewanderte Kinder und Jugendliche und ihre Familien zum Einstieg in das "
                                + "deutsche Schulsystem und vermittelt Schulplätze.",
                        PracticeFields.NEWCOMERS,
                        groups(TargetGroups.CHILDREN, TargetGroups.YOUTH, TargetGroups.PARENTS, TargetGroups.NEWCOMERS),
                        "Schnell einen passenden Schulplatz finden und Familien das Schulsystem erklären.",
                        "Beratungsgespräche mit Sprachmittlung, Sprachstandsfeststellung, Zuweisung in Abstimmung mit "
                                + "der Schulaufsicht.",
                        "Multiprofessionelles Team im KI.",
                        "Landesmittel",
                        "Mehrere tausend Beratungen im Jahr; kürzere Wartezeiten auf einen Schulplatz.",
                        "Feste Sprechzeiten mit Sprachmittlung entlasten die Schulen.",
                        "Für Städte mit hoher Zuwanderung geeignet.",
                        day(2013, 1, 1),
                        null,
                        "",
                        "",
                        day(2021, 9, 1)),
                new Seed(
                        QZ,
                        "Stadt Duisburg",
                        "stadt-duisburg",
                        "Sprachmittlung in Bildung und Gesundheit",
                        "Geschulte Sprachmittler*innen begleiten Gespräche in Schulen, Kitas und im "
                                + "Gesundheitswesen.",
                        PracticeFields.LANGUAGE,
                        groups(TargetGroups.NEWCOMERS, TargetGroups.TEACHERS, TargetGroups.HEALTH_PROFESSIONALS),
                        "Verständigung in Elterngesprächen und Arztterminen sichern.",
                        "Pool von Sprachmittler*innen, Einsatzvermittlung über das KI, Schulung zu Rolle und "
                                + "Schweigepflicht.",
                        "Aufwandsentschädigungen, Koordinationsstelle.",
                        "Kommunale Mittel",
                        "Über 1.000 Einsätze im Jahr in mehr als 30 Sprachen.",
                        "Klare Regeln zur Rolle schützen Sprachmittler*innen und Familien.",
                        "Übertragbar; ein Verbund mehrerer Kommunen senkt die Kosten.",
                        day(2015, 3, 1),
                        null,
                        "",
                        "",
                        day(2022, 11, 23)),
                new Seed(
                        QZ,
                        "Stadt Duisburg",
                        "stadt-duisburg",
                        "Willkommensangebot für Kinder, die auf einen Schulplatz warten",
                        "Zugewanderte Kinder von 10 bis 14 Jahren lernen Deutsch und den Schulalltag kennen, bis sie "
                                + "einen Schulplatz haben.",
                        PracticeFields.SCHOOL,
                        groups(TargetGroups.CHILDREN, TargetGroups.NEWCOMERS),
                        "Wartezeit sinnvoll nutzen und den Schulstart erleichtern.",
                        "Vormittagsgruppen im Internationalen Zentrum mit Lehramtsstudierenden.",
                        "Räume im Internationalen Zentrum, Honorare.",
                        "Landesmittel",
                        "Kinder starten mit ersten Deutschkenntnissen in die Schule.",
                        "Eine enge Verbindung zur Schulberatung verkürzt die Wege.",
                        "Für Städte mit Wartelisten geeignet.",
                        day(2023, 2, 1),
                        null,
                        "",
                        "",
                        day(2024, 2, 8)),
                new Seed(
                        QZ,
                        "Stadt Duisburg",
                        "stadt-duisburg",
                        "KOMM-AN NRW: Ehrenamt für Geflüchtete stärken",
                        "Das KI fördert Initiativen, die Geflüchtete begleiten, und vernetzt Ehrenamtliche und "
                                + "Migrantenorganisationen.",
                        PracticeFields.PARTICIPATION,
                        groups(TargetGroups.VOLUNTEERS, TargetGroups.REFUGEES, TargetGroups.MIGRANT_ORGANISATIONS),
                        "Ehrenamtliche Strukturen stärken und Geflüchteten Teilhabe ermöglichen.",
                        "Kleinförderungen, Qualifizierung für Ehrenamtliche, Ankommenstreffpunkte.",
                        "Fördermittel aus KOMM-AN NRW, Koordination im KI.",
                        "KOMM-AN NRW",
                        "Über 25 Initiativen gefördert.",
                        "Unbürokratische Kleinförderung erreicht auch kleine Vereine.",
                        "In allen Kommunen in NRW mit KOMM-AN-Mitteln umsetzbar.",
                        day(2016, 1, 1),
                        null,
                        "",
                        "",
                        day(2023, 7, 17)),
                new Seed(
                        QZ,
                        "Stadt Duisburg",
                        "stadt-duisburg",
                        "Übergang Schule – Beruf mit individueller Begleitung",
                        "Schüler*innen der Klassen 8 bis 10 werden im Rahmen von „Kein Abschluss ohne Anschluss“ und "
                                + "des Aletta Haniel Programms bis in Ausbildung begleitet.",
                        PracticeFields.WORK,
                        groups(TargetGroups.YOUTH, TargetGroups.EMPLOYERS),
                        "Mehr Jugendliche mit Einwanderungsgeschichte in Ausbildung bringen.",
                        "Individuelle Begleitung, Praktika bei Betrieben, Elternarbeit.",
                        "Mentor*innen, Stiftungsmittel.",
                        "ESF",
                        "Die Mehrheit der Begleiteten beginnt eine Ausbildung oder weiterführende Schule.",
                        "Betriebe früh einzubinden, öffnet Praktikumsplätze.",
                        "Mit einer Stiftung als Partner übertragbar.",
                        day(2018, 8, 1),
                        null,
                        "",
                        "",
                        day(2022, 5, 30)),
                new Seed(
                        QZ,
                        DemoBodies.STUTTGART,
                        null,
                        "Kommunaler Qualitätszirkel zur Integrationspolitik: voneinander lernen",
                        "Über 30 Kommunen, Bundesbehörden, Universitäten, Stiftungen und Forschungseinrichtungen treffen "
                                + "sich zweimal im Jahr für zwei Tage bei einem Mitglied und erarbeiten gemeinsam "
                                + "Empfehlungen.",
                        PracticeFields.PARTICIPATION,
                        groups(TargetGroups.ADMINISTRATION_STAFF),
                        "Erfolgreiche Beispiele der Integrationsarbeit weiterentwickeln und bundesweit allen "
                                + "interessierten Kommunen zugänglich machen.",
                        "Zweitägige Treffen mit Fachvorträgen und Arbeitsgruppen; Empfehlungen mit Nachverfolgung; "
                                + "koordiniert von der Landeshauptstadt Stuttgart seit 2009.",
                        "Koordinationsstelle in Stuttgart; Gastgeber tragen die Treffen.",
                        "Kommunale Mittel",
                        "Empfehlungen zu Antidiskriminierung, Diversität und Folgen internationaler Konflikte.",
                        "Der Wechsel der Gastgeber macht die Praxis vor Ort sichtbar.",
                        "Als Modell für landesweite Arbeitskreise geeignet.",
                        day(2009, 1, 1),
                        null,
                        "",
                        "",
                        day(2021, 3, 22)),
                new Seed(
                        QZ,
                        "Landeshauptstadt München",
                        null,
                        "Sprach-Kitas: alltagsintegrierte sprachliche Bildung",
                        "Zusätzliche Fachkräfte in Kitas mit vielen mehrsprachigen Kindern beraten die Teams zur "
                                + "sprachlichen Bildung im Alltag.",
                        PracticeFields.EARLY_CHILDHOOD,
                        groups(TargetGroups.CHILDREN, TargetGroups.EDUCATORS, TargetGroups.PARENTS),
                        "Sprachliche Bildung im Kita-Alltag verankern.",
                        "Fachberatung je Kita-Verbund, Teamfortbildungen, Zusammenarbeit mit Familien.",
                        "Zusätzliche Fachkraftstellen.",
                        "Bundesprogramm Sprach-Kitas",
                        "Sprachförderung in den Alltag der beteiligten Kitas übernommen.",
                        "Die Verstetigung nach Ende der Bundesförderung früh planen.",
                        "In großen Kita-Trägerlandschaften gut übertragbar.",
                        day(2016, 1, 1),
                        day(2023, 6, 30),
                        "",
                        "",
                        day(2023, 9, 12)),
                new Seed(
                        QZ,
                        "Kreis Recklinghausen",
                        "kreis-recklinghausen",
                        "Sicherheitstrainings für Beschäftigte mit Publikumsverkehr",
                        "Trainings zu Deeskalation und interkultureller Kommunikation für Beschäftigte in Bürgerbüros "
                                + "und Ausländerbehörden der zehn Städte.",
                        PracticeFields.INTERCULTURAL_OPENING,
                        groups(TargetGroups.ADMINISTRATION_STAFF),
                        "Konflikte am Schalter vermeiden und sicher lösen.",
                        "Halbtägige Trainings mit Rollenspielen, entwickelt im Projekt „Option – Kultur“.",
                        "Trainer*innen des Studieninstituts.",
                        "XENOS",
                        "",
                        "",
                        "",
                        day(2013, 5, 1),
                        null,
                        "",
                        "",
                        null));
    }
}
