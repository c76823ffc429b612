package de.mosaik.privacy.persons;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.IntegrationTest;
import de.mosaik.identity.IdentitySetup;
import de.mosaik.privacy.domain.Person;
import de.mosaik.privacy.domain.PersonService;
import de.mosaik.privacy.domain.PersonSummary;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The person directory as staff see it: a search groups a person's registrations under the canonical
 * address and names the person by the pseudonym of the statistical facts; a person's page lists
 * registrations with their attendance and the certificates, whatever module keeps them.
 */
class PersonDirectoryTests extends IntegrationTest {

    @Autowired
    IdentitySetup identity;

    @Autowired
    PersonService directory;

    UUID tenant;
    PersonFixtures persons;

    @BeforeEach
    void setUp() {
        tenant = new Fixtures(jdbc, identity).newTenant().id();
        persons = new PersonFixtures(jdbc, tenant);
    }

    @Test
    void aSearchGroupsMergedAddressesUnderThePersonsPseudonym() {
        var main = PersonFixtures.email("haupt");
        var alias = PersonFixtures.email("zweit");
        persons.register(persons.event("Fachtag"), "Rana", "Verzeichnis", main);
        persons.register(persons.event("Workshop"), "Rana", "Verzeichnis-Ok", alias);
        jdbc.sql("""
                        insert into privacy.person_merge (tenant_id, alias_email, canonical_email, merged_by_name)
                        values (?, ?, ?, 'Test')
                        """).params(tenant, alias, main).update();

        var found = directory.search(tenant, "verzeichnis");

        assertThat(found).extracting(PersonSummary::canonicalEmail).containsExactly(main);
        assertThat(found.get(0).key()).isEqualTo(persons.key(main));
        assertThat(found.get(0).registrations()).isEqualTo(2);
        assertThat(found.get(0).names()).isEqualTo("Rana Verzeichnis, Rana Verzeichnis-Ok");
        assertThat(directory.search(tenant, alias))
                .extracting(PersonSummary::key)
                .containsExactly(persons.key(main));
        assertThat(directory.search(tenant, "niemand-heisst-so")).isEmpty();
    }

    @Test
    void aPersonsPageShowsAttendanceAndCertificatesAndOnlyForItsOwnKey() {
        var email = PersonFixtures.email("seite");
        var event = persons.event("Fachtag Sprache");
        var registration = persons.registerWithEverything(event, "Jonas", "Seite", email);

        var person = directory.byKey(tenant, persons.key(email)).orElseThrow();

        assertThat(person.canonicalEmail()).isEqualTo(email);
        assertThat(person.displayName()).isEqualTo("Jonas Seite");
        assertThat(person.registrations()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(registration);
            assertThat(r.sessions()).isEqualTo(2);
            assertThat(r.attended()).isEqualTo(1);
            assertThat(r.attendanceTaken()).isTrue();
        });
        assertThat(person.certificates())
                .extracting(Person.Certificate::title, Person.Certificate::revokedAt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Fachtag Sprache", null));
        assertThat(directory.byKey(tenant, "0".repeat(64))).isEmpty();
        assertThat(directory.byKey(UUID.randomUUID(), persons.key(email))).isEmpty();
    }
}
