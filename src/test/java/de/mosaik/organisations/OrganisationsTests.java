package de.mosaik.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.mosaik.Fixtures;
import de.mosaik.IntegrationTest;
import de.mosaik.identity.IdentitySetup;
import de.mosaik.identity.Tenants;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The register through its root API: duplicates found on create, search, validation by field, tenant links. */
class OrganisationsTests extends IntegrationTest {

    @Autowired
    Organisations register;

    @Autowired
    IdentitySetup identity;

    @Autowired
    Tenants tenants;

    @Test
    void theSameOfficialKeyIsADuplicate() {
        var key = key();
        var first = added(body("Gemeinde Erststadt " + tag(), "Erststadt", "NW").withKey(key, 10_000));
        var again = register.register(
                body("Ganz anderer Name " + tag(), "Anderswo", "NW").withKey(key, null));
        assertThat(again.id()).isEmpty();
        assertThat(again.likelyDuplicates()).extracting(Organisation::id).containsExactly(first);
    }

    @Test
    void theSameWebsiteHostIsADuplicateWithOrWithoutSchemeAndWww() {
        var host = tag() + "-beispiel.de";
        var first = added(body("Verein A " + tag(), "Aastadt", "BY").withWebsite("https://www." + host + "/kontakt"));
        for (var spelling :
                new String[] {host, "http://" + host, "WWW." + host.toUpperCase(), "https://" + host + "/"}) {
            var again =
                    register.register(body("Verein B " + tag(), "Bestadt", "HE").withWebsite(spelling));
            assertThat(again.likelyDuplicates())
                    .as(spelling)
                    .extracting(Organisation::id)
                    .contains(first);
        }
        // Another site that merely ends alike is no duplicate.
        var other = register.register(body("Verein C " + tag(), "Cestadt", "HE").withWebsite("mein" + host));
        assertThat(other.id()).isPresent();
    }

    @Test
    void theSameNameIgnoringCaseUmlautsAndPunctuationIsADuplicate() {
        var tag = tag();
        var first = added(body("Stadt Köln-Süd " + tag, "Köln", "NW"));
        for (var spelling :
                new String[] {"stadt köln-süd " + tag, "Stadt Koeln Sued " + tag, "STADT KÖLN SÜD " + tag}) {
            var again = register.register(body(spelling, "Irgendwo", "NW"));
            assertThat(again.likelyDuplicates())
                    .as(spelling)
                    .extracting(Organisation::id)
                    .containsExactly(first);
        }
    }

    @Test
    void aVerySimilarNameInTheSameCityIsADuplicateButNotInAnotherCity() {
        var tag = tag();
        var city = "Musterhausen " + tag;
        var first = added(body("Integrationsbeirat der Stadt Musterhausen " + tag, city, "SN"));
        var sameCity =
                register.register(body("Integrationsbeirat Stadt Musterhausen " + tag, "musterhausen " + tag, "SN"));
        assertThat(sameCity.likelyDuplicates()).extracting(Organisation::id).containsExactly(first);

        var otherCity = register.register(body("Integrationsbeirat Stadt Musterhausen " + tag, "Beispielburg", "SN"));
        assertThat(otherCity.id())
                .as("a similar, not equal name in another city")
                .isPresent();
    }

    @Test
    void aDifferentBodyInTheSameCityIsNoDuplicate() {
        var tag = tag();
        var city = "Neustadt " + tag;
        added(body("Volkshochschule " + tag, city, "RP"));
        var other = register.register(body("Jobcenter " + tag, city, "RP"));
        assertThat(other.id()).isPresent();
        assertThat(other.likelyDuplicates()).isEmpty();
    }

    @Test
    void registerConfirmedAddsDespiteSimilarNamesButNeverASecondOfficialKey() {
        var tag = tag();
        var first = added(body("Kreisverwaltung " + tag, "Kreisstadt", "TH"));
        var second = register.registerConfirmed(body("Kreisverwaltung " + tag, "Kreisstadt", "TH"));
        assertThat(second).isNotEqualTo(first);

        var key = key();
        added(body("Gemeinde " + tag, "Dorf", "NW").withKey(key, null));
        assertThatThrownBy(() -> register.registerConfirmed(
                        body("Gemeinde zwei " + tag, "Dorf", "NW").withKey(key, null)))
                .isInstanceOfSatisfying(
                        InvalidOrganisationException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(new OrganisationProblem(
                                        "municipalityKey", "organisations.field.municipalityKey.taken")));
    }

    @Test
    void badDetailsAreRefusedByFieldNotByTheDatabase() {
        assertProblem(body("Gemeinde " + tag(), "Ort", "NW").withKey("1234", null), "municipalityKey", "invalid");
        assertProblem(body("Gemeinde " + tag(), "Ort", "NW").withKey("0531500A", null), "municipalityKey", "invalid");
        assertProblem(
                body("Gemeinde " + tag(), "Ort", "BY").withKey("05315000", null), "municipalityKey", "otherState");
        assertProblem(body("Gemeinde " + tag(), "Ort", "XX"), "state", "invalid");
        assertProblem(body("Gemeinde " + tag(), "Ort", "Nordrhein-Westfalen"), "state", "invalid");
        assertProblem(body("  ", "Ort", "NW"), "name", "required");
        assertProblem(body("x".repeat(201), "Ort", "NW"), "name", "tooLong");
        assertProblem(body("Gemeinde " + tag(), "Ort", "NW").withWebsite("keine Adresse"), "website", "invalid");
        assertProblem(body("Gemeinde " + tag(), "Ort", "NW").withWebsite("javascript:alert(1)"), "website", "invalid");
        assertProblem(
                new OrganisationDetails(
                        "Gemeinde " + tag(),
                        OrganisationKind.MUNICIPALITY,
                        "",
                        "",
                        "Ort",
                        "NW",
                        null,
                        null,
                        "",
                        "kein-at-zeichen",
                        ""),
                "email",
                "invalid");
        assertProblem(
                new OrganisationDetails(
                        "Gemeinde " + tag(),
                        OrganisationKind.MUNICIPALITY,
                        "",
                        "123",
                        "Ort",
                        "NW",
                        null,
                        null,
                        "",
                        "",
                        ""),
                "postalCode",
                "invalid");
        assertProblem(
                new OrganisationDetails(
                        "Gemeinde " + tag(), OrganisationKind.MUNICIPALITY, "", "", "Ort", "NW", null, -1, "", "", ""),
                "population",
                "invalid");
    }

    @Test
    void aStateCodeInSmallLettersIsStoredInCapitals() {
        var id = register.registerConfirmed(body("Amt " + tag(), "Ort", " nw "));
        assertThat(register.byId(id).orElseThrow().details().state()).isEqualTo("NW");
    }

    @Test
    void searchFindsNamesWithUmlautsWrittenOutAndOfficialKeys() {
        assertThat(register.search("stadt koeln", 5))
                .extracting(Organisation::name)
                .contains("Stadt Köln");
        assertThat(register.search("Köln", 5)).extracting(Organisation::name).contains("Stadt Köln");
        assertThat(register.search("05315000", 5))
                .extracting(Organisation::name)
                .containsExactly("Stadt Köln");
        assertThat(register.search("Nürnbreg", 5))
                .as("a typo still finds the body")
                .extracting(Organisation::name)
                .contains("Stadt Nürnberg");
        assertThat(register.search("%", 5)).as("no wildcard injection").isEmpty();
        assertThat(register.search("", 3)).hasSize(3);
    }

    @Test
    void aTenantIsLinkedToOneBodyAtMost() {
        var tenant = new Fixtures(jdbc, identity).newTenant();
        var body = added(body("Stadtverwaltung " + tag(), "Ort", "NW"));
        register.linkTenant(body, tenant.id());
        assertThat(register.ofTenant(tenant.id())).map(Organisation::id).contains(body);
        assertThat(register.byId(body).orElseThrow().tenantId()).isEqualTo(tenant.id());

        var other = added(body("Kreisverwaltung " + tag(), "Ort", "NW"));
        assertThatThrownBy(() -> register.linkTenant(other, tenant.id())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> register.linkTenant(
                        UUID.randomUUID(),
                        new Fixtures(jdbc, identity).newTenant().id()))
                .isInstanceOf(IllegalArgumentException.class);
        // Linking the same pair again changes nothing.
        register.linkTenant(body, tenant.id());
        assertThat(register.ofTenant(tenant.id())).map(Organisation::id).contains(body);
    }

    @Test
    void anUpdateWithAnOldVersionChangesNothing() {
        var id = added(body("Bildungsbüro " + tag(), "Ort", "BW"));
        var read = register.byId(id).orElseThrow();
        var renamed = body(read.name() + " Nord", "Ort", "BW");
        assertThat(register.update(id, read.version(), renamed)).isEqualTo(Organisations.Updated.SAVED);
        assertThat(register.update(id, read.version(), body("Überschrieben " + tag(), "Ort", "BW")))
                .isEqualTo(Organisations.Updated.STALE);
        assertThat(register.byId(id).orElseThrow().name()).isEqualTo(renamed.name());
        assertThat(register.update(UUID.randomUUID(), 0, renamed)).isEqualTo(Organisations.Updated.NOT_FOUND);
        assertThatThrownBy(() -> register.update(id, read.version() + 1, body("Amt", "Ort", "ZZ")))
                .isInstanceOf(InvalidOrganisationException.class);
    }

    private void assertProblem(OrganisationDetails details, String field, String what) {
        assertThat(register.check(details))
                .as("%s", details)
                .contains(new OrganisationProblem(field, "organisations.field." + field + "." + what));
        assertThatThrownBy(() -> register.register(details))
                .isInstanceOfSatisfying(
                        InvalidOrganisationException.class,
                        e -> assertThat(e.problems())
                                .extracting(OrganisationProblem::field)
                                .contains(field));
    }

    private UUID added(OrganisationDetails details) {
        var registered = register.register(details);
        assertThat(registered.likelyDuplicates())
                .as("duplicates of %s", details.name())
                .isEmpty();
        return registered.id().orElseThrow();
    }

    private static OrganisationDetails body(String name, String city, String state) {
        return OrganisationDetails.named(name, OrganisationKind.OTHER, city, state);
    }

    /** A part of a name no other test and no demo body uses. */
    private static String tag() {
        return Fixtures.unique("t").substring(2);
    }

    /** A made-up 8-digit key in Nordrhein-Westfalen (05…) that no real municipality has. */
    private static String key() {
        return "0599" + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
    }
}
