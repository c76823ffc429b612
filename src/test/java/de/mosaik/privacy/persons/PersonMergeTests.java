package de.mosaik.privacy.persons;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.Fixtures.TestTenant;
import de.mosaik.IntegrationTest;
import de.mosaik.WebSession;
import de.mosaik.identity.IdentitySetup;
import de.mosaik.identity.Role;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Merging duplicates: the preview changes nothing, the merge makes reports count one person (the
 * facts are re-keyed), chains stay flat, double submits and merging a person with itself are
 * harmless, and another tenant's persons are out of reach.
 */
class PersonMergeTests extends IntegrationTest {

    @Autowired
    IdentitySetup identity;

    TestTenant tenant;
    PersonFixtures persons;
    WebSession staff;

    @BeforeEach
    void setUp() {
        var fixtures = new Fixtures(jdbc, identity);
        tenant = fixtures.newTenant();
        persons = new PersonFixtures(jdbc, tenant.id());
        staff = new WebSession(port);
        staff.login(fixtures.newAccount(tenant, Role.STAFF), Fixtures.PASSWORD);
    }

    @Test
    void thePreviewChangesNothingAndTheMergeCountsTwoAddressesAsOnePerson() {
        var school = PersonFixtures.email("schule");
        var home = PersonFixtures.email("privat");
        var first = persons.register(persons.event("Fachtag"), "Maria", "Muster", school);
        var second = persons.register(persons.event("Workshop"), "Maria", "Muster-Yilmaz", home);
        var keep = persons.key(school);
        var other = persons.key(home);
        assertThat(persons.distinctPersons(first, second)).isEqualTo(2);

        var preview = staff.get(tenant.path("/personen/" + keep + "/zusammenfuehren/" + other));
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body())
                .contains("Berichte zählen 1 statt 2 Personen", school, home, "Jetzt zusammenführen")
                .doesNotContain("dieselbe Veranstaltung");
        assertThat(merges()).isZero();
        assertThat(persons.distinctPersons(first, second)).isEqualTo(2);

        var merged = staff.post(tenant.path("/personen/" + keep + "/zusammenfuehren/" + other), Map.of());
        assertThat(merged.target()).isEqualTo(tenant.path("/personen/" + keep));
        assertThat(staff.follow(merged).body()).contains("Die Personen wurden zusammengeführt.", home);
        assertThat(persons.distinctPersons(first, second)).isEqualTo(1);
        assertThat(jdbc.sql("select merged_by_name from privacy.person_merge where tenant_id = ? and alias_email = ?")
                        .params(tenant.id(), home)
                        .query(String.class)
                        .single())
                .isEqualTo("Testperson STAFF");

        var again = staff.post(tenant.path("/personen/" + keep + "/zusammenfuehren/" + other), Map.of());
        assertThat(staff.follow(again).body()).contains("bereits zusammengeführt");
        assertThat(merges()).isEqualTo(1);
        assertThat(staff.get(tenant.path("/personen/" + other)).status()).isEqualTo(404);
        assertThat(staff.get(tenant.path("/personen?q=muster-yilmaz")).body()).contains(school);
    }

    @Test
    void mergingAPersonWithAliasesKeepsTheChainFlat() {
        var a = PersonFixtures.email("a");
        var b = PersonFixtures.email("b");
        var c = PersonFixtures.email("c");
        var event = persons.event("Reihe");
        var ra = persons.register(event, "Ali", "Demir", a);
        var rb = persons.register(persons.event("Reihe"), "Ali", "Demir", b);
        var rc = persons.register(persons.event("Reihe"), "Ali", "Demir", c);
        var keyA = persons.key(a);
        var keyB = persons.key(b);
        var keyC = persons.key(c);

        staff.post(tenant.path("/personen/" + keyC + "/zusammenfuehren/" + keyB), Map.of());
        staff.post(tenant.path("/personen/" + keyA + "/zusammenfuehren/" + keyC), Map.of());

        assertThat(jdbc.sql(
                                "select alias_email || '>' || canonical_email from privacy.person_merge where tenant_id = ?")
                        .param(tenant.id())
                        .query(String.class)
                        .set())
                .containsExactlyInAnyOrder(b + ">" + a, c + ">" + a);
        assertThat(persons.distinctPersons(ra, rb, rc)).isEqualTo(1);
        assertThat(persons.key(b)).isEqualTo(keyA);
    }

    @Test
    void bothRegisteredForTheSameEventIsWarnedAbout() {
        var event = persons.event("Doppelt");
        var one = PersonFixtures.email("eins");
        var two = PersonFixtures.email("zwei");
        persons.register(event, "Eva", "Klein", one);
        persons.register(event, "Eva", "Klein", two);

        assertThat(staff.get(tenant.path("/personen/" + persons.key(one) + "/zusammenfuehren/" + persons.key(two)))
                        .body())
                .contains("dieselbe Veranstaltung");
    }

    @Test
    void aPersonIsNotMergedWithItselfNorWithAnotherTenantsPerson() {
        var own = PersonFixtures.email("eigen");
        persons.register(persons.event("Fachtag"), "Olga", "Petrenko", own);
        var key = persons.key(own);

        var self = staff.post(tenant.path("/personen/" + key + "/zusammenfuehren/" + key), Map.of());
        assertThat(staff.follow(self).body()).contains("nicht mit sich selbst");

        var fixtures = new Fixtures(jdbc, identity);
        var foreignTenant = fixtures.newTenant();
        var foreign = new PersonFixtures(jdbc, foreignTenant.id());
        var theirs = PersonFixtures.email("fremd");
        foreign.register(foreign.event("Fremd"), "Fremde", "Person", theirs);
        var foreignKey = foreign.key(theirs);

        assertThat(staff.get(tenant.path("/personen/" + foreignKey)).status()).isEqualTo(404);
        assertThat(staff.get(tenant.path("/personen/" + key + "/zusammenfuehren/" + foreignKey))
                        .status())
                .isEqualTo(404);
        assertThat(staff.post(tenant.path("/personen/" + key + "/zusammenfuehren/" + foreignKey), Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(staff.get(tenant.path("/personen/nicht-hex")).status()).isEqualTo(404);
        assertThat(merges()).isZero();
        assertThat(jdbc.sql("select count(*) from privacy.person_merge where tenant_id = ?")
                        .param(foreignTenant.id())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    private int merges() {
        return jdbc.sql("select count(*) from privacy.person_merge where tenant_id = ?")
                .param(tenant.id())
                .query(Integer.class)
                .single();
    }
}
