package de.mosaik.demo;

import de.mosaik.identity.IdentitySetup;
import de.mosaik.identity.Role;
import de.mosaik.networks.NetworkKind;
import de.mosaik.networks.NetworkRole;
import de.mosaik.networks.NetworkSetup;
import de.mosaik.networks.NetworkSetup.NewNetwork;
import de.mosaik.networks.NetworkVisibility;
import de.mosaik.organisations.Organisations;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The two demo networks: the nationwide Kommunaler Qualitätszirkel zur Integrationspolitik, coordinated by
 * Stuttgart since 2009 (seed 001), and the network of the ten cities of Kreis Recklinghausen (seed 002).
 * Each member body sends one delegate, the larger ones two, so that about 40 people take part in the
 * Qualitätszirkel. Only the demo logins named in {@link DemoAccounts} have a password.
 */
@Component
class DemoNetworks {

    static final String QUALITY_CIRCLE = "qualitaetszirkel";
    static final String RECKLINGHAUSEN = "netzwerk-kreis-recklinghausen";

    private static final String[] FIRST = {
        "Anna", "Mehmet", "Julia", "Stefan", "Aylin", "Thomas", "Olena", "Markus", "Fatma", "Katrin", "Yusuf", "Sabine",
        "Dimitri", "Claudia", "Hamid", "Petra", "Lukas", "Nadia", "Frank", "Ioana"
    };
    private static final String[] LAST = {
        "Schneider", "Demir", "Wagner", "Kowalski", "Hoffmann", "Nguyen", "Koch", "Haddad", "Richter", "Öztürk",
        "Klein", "Petrenko", "Wolf", "Schröder", "Rahimi", "Neumann", "Braun", "Popescu", "Zimmermann", "Krüger"
    };

    private final Organisations organisations;
    private final NetworkSetup networks;
    private final IdentitySetup identity;

    DemoNetworks(Organisations organisations, NetworkSetup networks, IdentitySetup identity) {
        this.organisations = organisations;
        this.networks = networks;
        this.identity = identity;
    }

    /** The networks made, by slug, with their member bodies by name. */
    record Seeded(Map<String, UUID> networks, Map<String, UUID> members) {}

    /**
     * @param tenants the demo tenants' ids by slug
     * @param accounts the demo tenants' accounts by e-mail address
     */
    Seeded seed(Map<String, UUID> tenants, Map<String, UUID> accounts) {
        var bodies = new LinkedHashMap<String, UUID>();
        for (var body : DemoBodies.qualityCircle()) {
            bodies.put(body.details().name(), register(body, tenants));
        }
        var circle = networks.createNetwork(new NewNetwork(
                QUALITY_CIRCLE,
                "Kommunaler Qualitätszirkel zur Integrationspolitik",
                NetworkKind.QUALITY_CIRCLE,
                """
                Der bundesweite Arbeitskreis ist ein Zusammenschluss aus über 30 Kommunen, überregionalen Gremien \
                und Vertreterinnen und Vertretern aus Bundesbehörden, Universitäten, Stiftungen und \
                Forschungseinrichtungen. Er wird seit 2009 von der Landeshauptstadt Stuttgart koordiniert und trifft \
                sich zweimal jährlich, jeweils zwei Tage bei einem Mitglied.

                Ziel ist die Weiterentwicklung erfolgreicher Beispiele der Integrationsarbeit und deren bundesweite \
                Zugänglichkeit für alle interessierten Kommunen. Gemeinsam erarbeitet der Qualitätszirkel \
                Empfehlungen für die kommunale Integrationsarbeit.""",
                bodies.get(DemoBodies.STUTTGART),
                NetworkVisibility.PUBLIC,
                LocalDate.of(2007, 1, 1)));
        var members = new LinkedHashMap<String, UUID>();
        int index = 0;
        for (var entry : bodies.entrySet()) {
            // Kreis Düren has been a member since 2007 (seed 001); the others joined over the years.
            var joined = entry.getKey().equals("Kreis Düren")
                    ? LocalDate.of(2007, 3, 1)
                    : LocalDate.of(2007 + index % 15, 1 + index % 12, 1);
            members.put(entry.getKey(), networks.addMember(circle, entry.getValue(), joined));
            index++;
        }
        var coordinator = identity.createAccount(
                null, DemoAccounts.NETWORK_COORDINATOR, "Miriam Weber", Role.EXTERNAL, DemoAccounts.PASSWORD);
        networks.addDelegate(circle, members.get(DemoBodies.STUTTGART), coordinator, NetworkRole.COORDINATOR, true);
        networks.addDelegate(
                circle, members.get("Kreis Düren"), accounts.get("team@kreis-dueren.demo"), NetworkRole.DELEGATE, true);
        networks.addDelegate(
                circle,
                members.get("Stadt Duisburg"),
                accounts.get("leitung@stadt-duisburg.demo"),
                NetworkRole.DELEGATE,
                false);
        networks.addDelegate(
                circle,
                members.get("Kreis Recklinghausen"),
                accounts.get("team@kreis-recklinghausen.demo"),
                NetworkRole.DELEGATE,
                false);
        var external = identity.createAccount(
                null, DemoAccounts.NETWORK_DELEGATE, "Tobias Lang", Role.EXTERNAL, DemoAccounts.PASSWORD);
        networks.addDelegate(circle, members.get("Landeshauptstadt München"), external, NetworkRole.DELEGATE, false);
        int person = 0;
        for (var body : DemoBodies.qualityCircle()) {
            var name = body.details().name();
            if (!body.tenantSlug().isEmpty() || name.equals(DemoBodies.STUTTGART)) {
                continue;
            }
            int seats = body.details().population() != null && body.details().population() > 600_000 ? 2 : 1;
            for (int seat = 0; seat < seats; seat++, person++) {
                var account = externalPerson(person, "qz");
                networks.addDelegate(circle, members.get(name), account, NetworkRole.DELEGATE, false);
            }
        }
        var recklinghausen = recklinghausenNetwork(accounts, bodies.get("Kreis Recklinghausen"));
        return new Seeded(Map.of(QUALITY_CIRCLE, circle, RECKLINGHAUSEN, recklinghausen), members);
    }

    private UUID recklinghausenNetwork(Map<String, UUID> accounts, UUID countyBody) {
        var network = networks.createNetwork(new NewNetwork(
                RECKLINGHAUSEN,
                "Integrationsnetzwerk Kreis Recklinghausen",
                NetworkKind.COUNTY_NETWORK,
                """
                Die zehn Städte des Kreises vernetzen und fördern: Das Kommunale Integrationszentrum des Kreises \
                Recklinghausen bringt die Integrationsverantwortlichen der Städte zusammen und bietet gemeinsame \
                Schulungen für die Mitarbeitenden ihrer Verwaltungen an.""",
                countyBody,
                NetworkVisibility.MEMBERS,
                LocalDate.of(2013, 1, 1)));
        var county = networks.addMember(network, countyBody, LocalDate.of(2013, 1, 1));
        networks.addDelegate(
                network, county, accounts.get("leitung@kreis-recklinghausen.demo"), NetworkRole.COORDINATOR, true);
        int person = 100;
        for (var city : DemoBodies.recklinghausenCities()) {
            var body = organisations.registerConfirmed(city.details());
            var member = networks.addMember(network, body, LocalDate.of(2013, 1, 1));
            networks.addDelegate(network, member, externalPerson(person++, "re"), NetworkRole.DELEGATE, false);
        }
        return network;
    }

    private UUID register(DemoBodies.Body body, Map<String, UUID> tenants) {
        var id = organisations.registerConfirmed(body.details());
        if (!body.tenantSlug().isEmpty()) {
            organisations.linkTenant(id, tenants.get(body.tenantSlug()));
        }
        return id;
    }

    /** A delegate who has been invited and never logs in in the demo: no password to hash. */
    private UUID externalPerson(int number, String network) {
        var first = FIRST[number % FIRST.length];
        var last = LAST[(number * 7 + 3) % LAST.length];
        var email = "%s.%s.%d@%s.example.org"
                .formatted(first, last, number, network)
                .toLowerCase(Locale.ROOT)
                .replace("ö", "oe")
                .replace("ü", "ue");
        return identity.createAccountWithoutPassword(null, email, first + " " + last, Role.EXTERNAL);
    }
}
