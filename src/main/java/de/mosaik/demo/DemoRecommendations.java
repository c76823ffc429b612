package de.mosaik.demo;

import de.mosaik.networks.MemberBody;
import de.mosaik.networks.Networks;
import de.mosaik.networks.RecommendationSetup;
import de.mosaik.networks.RecommendationSetup.PastRecommendation;
import de.mosaik.networks.RecommendationStatus;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The recommendations of the Qualitätszirkel on the topics of seed 001 — international conflicts at municipal
 * level, diversity and anti-discrimination, feminism in the migration society, making successful practice
 * accessible to every municipality, the opening of administrations to the migration society — in different
 * statuses, with progress reports of several member bodies; and the two adopted at the meeting in Kreis Düren,
 * which its minutes link to. The older ones name no meeting: the demo holds only the recent meetings.
 */
@Component
class DemoRecommendations {

    private final Networks networks;
    private final RecommendationSetup setup;

    DemoRecommendations(Networks networks, RecommendationSetup setup) {
        this.networks = networks;
        this.setup = setup;
    }

    void seed(DemoMeetings.Held dueren) {
        var circle = networks.bySlug(DemoNetworks.QUALITY_CIRCLE).orElseThrow().id();
        adoptedInDueren(circle, dueren);
        Map<String, UUID> bodies = networks.members(circle).stream()
                .collect(Collectors.toMap(MemberBody::name, MemberBody::memberId, (a, b) -> a));
        Function<String, UUID> body = name -> {
            var id = bodies.get(name);
            if (id == null) {
                throw new IllegalStateException("No member body " + name);
            }
            return id;
        };

        var practice = setup.recordRecommendation(
                circle,
                new PastRecommendation(
                        "Erfolgreiche Praxis allen interessierten Kommunen zugänglich machen",
                        """
                        Die Mitglieder beschreiben ihre erfolgreichen Beispiele nach einem gemeinsamen Raster und \
                        stellen sie in einer offenen Sammlung bereit, mit Ansprechpersonen und gesammelten Erfahrungen.""",
                        "Wissenstransfer",
                        "Mitglieder des Qualitätszirkels, alle Kommunen",
                        RecommendationStatus.IMPLEMENTED,
                        100,
                        LocalDate.of(2021, 5, 20),
                        null));
        setup.recordReport(
                circle,
                practice,
                body.apply("Stadt Duisburg"),
                LocalDate.of(2022, 2, 1),
                "Rucksack KiTa als Praxisbeispiel beschrieben und bereitgestellt.");
        setup.recordReport(
                circle,
                practice,
                body.apply("Kreis Düren"),
                LocalDate.of(2022, 3, 15),
                "Schulungskonzept zur migrationsgesellschaftlichen Öffnung als Praxisbeispiel bereitgestellt.");

        var opening = setup.recordRecommendation(
                circle,
                new PastRecommendation(
                        "Migrationsgesellschaftliche Öffnung der Verwaltungen voranbringen",
                        """
                        Kommunen verstehen die Öffnung ihrer Verwaltung für die Migrationsgesellschaft als Aufgabe der \
                        Organisationsentwicklung, nicht als Zusatzangebot.

                        - Fortbildungen für Mitarbeitende und Führungskräfte, auch an Schulen und in Kitas
                        - Personalgewinnung, die Mehrsprachigkeit und Migrationserfahrung als Kompetenz wertet
                        - verständliche und mehrsprachige Information an allen Stellen mit Publikumsverkehr""",
                        "Migrationsgesellschaftliche Öffnung",
                        "Kommunalverwaltungen, Schulträger",
                        RecommendationStatus.IN_PROGRESS,
                        55,
                        LocalDate.of(2022, 5, 13),
                        null));
        setup.recordReport(
                circle,
                opening,
                body.apply("Kreis Düren"),
                LocalDate.of(2024, 6, 3),
                "Kreis Düren: Schulung für 120 Lehrkräfte seit 2023 zur migrationsgesellschaftlichen Öffnung von "
                        + "Schulen, gemeinsam mit dem Schulamt.");
        setup.recordReport(
                circle,
                opening,
                body.apply("Kreis Recklinghausen"),
                LocalDate.of(2024, 9, 18),
                "Fortbildungsreihe für die Mitarbeitenden der Verwaltungen der zehn kreisangehörigen Städte; "
                        + "bisher sechs Termine mit 140 Teilnehmenden.");
        setup.recordReport(
                circle,
                opening,
                body.apply("Stadt Duisburg"),
                LocalDate.of(2025, 2, 20),
                "Leitfaden für mehrsprachige Bescheide im Bürgerservice, mit Übersetzungen in sechs Sprachen.");

        var diversity = setup.recordRecommendation(
                circle,
                new PastRecommendation(
                        "Diversität und Antidiskriminierung in der Kommune verankern",
                        """
                        Kommunen richten eine erreichbare Anlaufstelle für Menschen ein, die Diskriminierung erleben, \
                        und verankern Vielfalt in ihrem Leitbild und ihren Zielvereinbarungen.

                        Die Stelle berichtet jährlich dem Rat, ohne Namen der Betroffenen.""",
                        "Diversität und Antidiskriminierung",
                        "Kommunen, Kreise",
                        RecommendationStatus.IN_PROGRESS,
                        60,
                        LocalDate.of(2022, 11, 10),
                        null));
        setup.recordReport(
                circle,
                diversity,
                body.apply("Stadt Duisburg"),
                LocalDate.of(2023, 10, 1),
                "Antidiskriminierungsstelle im Kommunalen Integrationszentrum eröffnet, mit Sprechstunden in drei "
                        + "Stadtteilen.");
        setup.recordReport(
                circle,
                diversity,
                body.apply("Landeshauptstadt München"),
                LocalDate.of(2024, 3, 14),
                "Vielfalt als Ziel im Leitbild der Stadtverwaltung beschlossen; erster Bericht an den Stadtrat.");

        var conflicts = setup.recordRecommendation(
                circle,
                new PastRecommendation(
                        "Auswirkungen internationaler Konflikte auf kommunaler Ebene begegnen",
                        """
                        Internationale Konflikte wirken in die Stadtgesellschaft hinein. Kommunen halten Gesprächsräume \
                        offen, stärken Vereine und Religionsgemeinschaften im Dialog und schützen Betroffene vor \
                        Anfeindungen.""",
                        "Internationale Konflikte",
                        "Kommunen, Integrationsräte, Migrantenorganisationen",
                        RecommendationStatus.ADOPTED,
                        20,
                        LocalDate.of(2024, 11, 8),
                        null));
        setup.recordReport(
                circle,
                conflicts,
                body.apply("Stadt Frankfurt am Main"),
                LocalDate.of(2025, 1, 22),
                "Runder Tisch der Religionsgemeinschaften trifft sich seit Januar monatlich.");
        setup.recordReport(
                circle,
                conflicts,
                body.apply("Kreis Recklinghausen"),
                LocalDate.of(2025, 4, 9),
                "Handreichung für Schulen zum Umgang mit Konflikten im Klassenzimmer verteilt.");

        var feminism = setup.recordRecommendation(
                circle,
                new PastRecommendation(
                        "Feministische Perspektiven in der Migrationsgesellschaft stärken",
                        """
                        Angebote der Integrationsarbeit fragen, wen sie erreichen. Kommunen fördern \
                        Selbstorganisationen von Frauen mit Migrationsgeschichte und beziehen sie in die Planung ein.""",
                        "Feminismus in der Migrationsgesellschaft",
                        "Kommunen, Träger der Integrationsarbeit",
                        RecommendationStatus.ADOPTED,
                        10,
                        LocalDate.of(2025, 5, 16),
                        null));
        setup.recordReport(
                circle,
                feminism,
                body.apply("Stadt Nürnberg"),
                LocalDate.of(2025, 9, 30),
                "Förderprogramm für Frauenvereine mit Migrationsgeschichte aufgelegt.");

        setup.recordRecommendation(
                circle,
                new PastRecommendation(
                        "Mehrsprachige Informationen der Kommunen gemeinsam pflegen",
                        "Entwurf für das nächste Treffen: Die Mitglieder teilen Übersetzungen häufiger Informationen.",
                        "Wissenstransfer",
                        "Mitglieder des Qualitätszirkels",
                        RecommendationStatus.DRAFT,
                        0,
                        null,
                        null));
    }

    /** What the meeting in Kreis Düren adopted (seed 001): its minutes link to these. */
    private void adoptedInDueren(UUID circle, DemoMeetings.Held dueren) {
        setup.recordRecommendation(
                circle,
                new PastRecommendation(
                        "Antidiskriminierungsberatung vor Ort sichtbar machen",
                        """
                        Jede Kommune benennt eine Anlaufstelle für Menschen, die Diskriminierung erleben, macht sie \
                        mehrsprachig und in Einfacher Sprache bekannt und berichtet jährlich, wie oft sie genutzt wurde.""",
                        "Diversität und Antidiskriminierung",
                        "Kommunen, Kreise, Integrationsräte",
                        RecommendationStatus.ADOPTED,
                        0,
                        dueren.lastDay(),
                        dueren.meetingId()));
        setup.recordRecommendation(
                circle,
                new PastRecommendation(
                        "Die Migrationsgeschichte der eigenen Stadt erzählen",
                        """
                        Nach dem Besuch des Dürener Stadtmuseums: Kommunen arbeiten die jüngere Migrationsgeschichte \
                        ihrer Stadt mit Museen, Archiven und Migrantenorganisationen auf und machen sie öffentlich \
                        zugänglich.""",
                        "Erinnerungskultur",
                        "Kommunen, Museen, Archive, Migrantenorganisationen",
                        RecommendationStatus.ADOPTED,
                        0,
                        dueren.lastDay(),
                        dueren.meetingId()));
    }
}
