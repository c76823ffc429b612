package de.mosaik.demo;

import de.mosaik.identity.Accounts;
import de.mosaik.identity.Accounts.AccountSummary;
import de.mosaik.networks.DiscussionSetup;
import de.mosaik.networks.Networks;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Discussions in the demo networks, written over the last weeks by the demo delegates: three threads in the
 * Qualitätszirkel and one in the Recklinghausen network. Written without mail, as if long read.
 */
@Component
class DemoDiscussions {

    private static final String DUEREN = "team@kreis-dueren.demo";
    private static final String DUISBURG = "leitung@stadt-duisburg.demo";
    private static final String RECKLINGHAUSEN_TEAM = "team@kreis-recklinghausen.demo";
    private static final String RECKLINGHAUSEN_LEAD = "leitung@kreis-recklinghausen.demo";

    private final Networks networks;
    private final DiscussionSetup discussions;
    private final Accounts accounts;

    DemoDiscussions(Networks networks, DiscussionSetup discussions, Accounts accounts) {
        this.networks = networks;
        this.discussions = discussions;
        this.accounts = accounts;
    }

    void seed(Instant now) {
        var people = accounts
                .byEmails(List.of(
                        DemoAccounts.NETWORK_COORDINATOR,
                        DemoAccounts.NETWORK_DELEGATE,
                        DUEREN,
                        DUISBURG,
                        RECKLINGHAUSEN_TEAM,
                        RECKLINGHAUSEN_LEAD))
                .stream()
                .collect(Collectors.toMap(a -> a.email().toLowerCase(java.util.Locale.ROOT), AccountSummary::id));
        qualityCircle(people, now);
        recklinghausen(people, now);
    }

    private void qualityCircle(Map<String, UUID> people, Instant now) {
        var circle = networks.bySlug("qualitaetszirkel").orElseThrow().id();
        var coordinator = people.get(DemoAccounts.NETWORK_COORDINATOR);
        var muenchen = people.get(DemoAccounts.NETWORK_DELEGATE);
        var dueren = people.get(DUEREN);
        var duisburg = people.get(DUISBURG);
        var recklinghausen = people.get(RECKLINGHAUSEN_TEAM);

        var conflicts = discussions.seedThread(
                circle,
                dueren,
                "Umgang mit internationalen Konflikten vor Ort",
                "Konflikte",
                """
                Seit dem Herbst erleben wir in Schulen und Jugendzentren, dass Konflikte aus dem Nahen Osten und \
                aus der Ukraine vor Ort ausgetragen werden. Wie gehen Sie damit um?

                Wir haben mit einer **Fortbildung für Schulsozialarbeit** begonnen und suchen Referierende, die \
                beide Perspektiven kennen. @[Miriam Weber], wäre das ein Thema für das nächste Treffen?""",
                now.minus(Duration.ofDays(24)));
        discussions.seedReply(circle, conflicts, coordinator, """
                Danke für den Anstoß! Ich nehme es für die Tagesordnung des Herbsttreffens auf. Wer hat schon \
                Erfahrungen mit Dialogformaten zwischen Gemeinden gemacht?""", now.minus(Duration.ofDays(23)));
        discussions.seedReply(circle, conflicts, duisburg, """
                In Duisburg hat sich ein runder Tisch der Moscheegemeinden, der jüdischen Gemeinde und der Kirchen \
                bewährt. Wichtig war, dass er sich *vor* der Krise regelmäßig getroffen hat. Gern stelle ich das \
                beim Treffen vor.""", now.minus(Duration.ofDays(21)));

        var feminism = discussions.seedThread(
                circle,
                muenchen,
                "Feminismus in der Migrationsgesellschaft – Material gesucht",
                "Bildungsarbeit",
                """
                Für eine Veranstaltungsreihe im Frühjahr suche ich Material: Filme, Ausstellungen, Referentinnen \
                zu Frauenrechten und Feminismus aus migrantischer Perspektive. Kennt jemand gute Angebote?""",
                now.minus(Duration.ofDays(12)));
        discussions.seedReply(circle, feminism, recklinghausen, """
                Wir hatten die Wanderausstellung eines Frauenvereins aus Marl im Kreishaus – sehr gut besucht. \
                Ich schicke Ihnen die Kontaktdaten.""", now.minus(Duration.ofDays(10)));

        var counselling = discussions.seedThread(
                circle,
                duisburg,
                "Antidiskriminierungsberatung: Erfahrungen mit Fallzahlen",
                "Antidiskriminierung",
                """
                Unsere Antidiskriminierungsberatung soll im Jahresbericht Fallzahlen nennen. Wie zählen Sie: \
                Personen, Fälle oder Beratungskontakte? Und wie gehen Sie mit kleinen Zahlen um, damit niemand \
                erkennbar wird?""",
                now.minus(Duration.ofDays(5)));
        discussions.seedReply(circle, counselling, dueren, """
                Wir zählen Fälle und nennen Zahlen unter fünf nicht einzeln, sondern fassen Merkmale zusammen. \
                Das hat auch der Datenschutz so empfohlen.""", now.minus(Duration.ofDays(4)));
        discussions.seedReply(circle, counselling, coordinator, """
                Das wäre ein guter Kandidat für eine gemeinsame **Empfehlung** des Qualitätszirkels. Ich sammle \
                die Beispiele bis zum Treffen.""", now.minus(Duration.ofDays(3)));
    }

    private void recklinghausen(Map<String, UUID> people, Instant now) {
        var network =
                networks.bySlug("netzwerk-kreis-recklinghausen").orElseThrow().id();
        discussions.seedThread(
                network,
                people.get(RECKLINGHAUSEN_LEAD),
                "Gemeinsame Schulung zur interkulturellen Öffnung im Frühjahr",
                "Schulungen",
                """
                Liebe Kolleginnen und Kollegen aus den zehn Städten, für die gemeinsame Schulung der \
                Verwaltungsmitarbeitenden im Frühjahr suchen wir Termine. Bitte nennen Sie hier, wie viele \
                Mitarbeitende Ihre Stadt anmelden möchte.""",
                now.minus(Duration.ofDays(8)));
    }
}
