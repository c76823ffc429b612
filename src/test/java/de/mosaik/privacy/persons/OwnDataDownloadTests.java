package de.mosaik.privacy.persons;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.IntegrationTest;
import de.mosaik.WebSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A person downloads everything stored about their address from the self-service overview, once
 * the button behind their magic link let the browser in — and only that address's data.
 */
class OwnDataDownloadTests extends IntegrationTest {

    private static final String SLUG = "kreis-dueren";

    @Test
    void theOverviewOffersTheOwnDataAsPdfAndJson() throws Exception {
        var persons = new PersonFixtures(jdbc, new Fixtures(jdbc, null).tenantId(SLUG));
        var own = PersonFixtures.email("selbst");
        var merged = PersonFixtures.email("zusammengefuehrt");
        persons.registerWithEverything(persons.event("Fachtag"), "Samira", "Selbst", own);
        persons.register(persons.event("Workshop"), "Samira", "Anders", merged);
        jdbc.sql("""
                        insert into privacy.person_merge (tenant_id, alias_email, canonical_email, merged_by_name)
                        values (?, ?, ?, 'Test')
                        """).params(persons.tenantId, merged, own).update();
        var visitor = new WebSession(port);
        assertThat(visitor.get("/" + SLUG + "/meine-daten/auskunft.json").status())
                .isEqualTo(403);

        var link = "/" + SLUG + "/meine-daten/" + magicLink(persons.tenantId, own);
        visitor.get(link);
        assertThat(visitor.post(link, Map.of()).status()).isEqualTo(302);
        var overview = visitor.get("/" + SLUG + "/meine-daten/uebersicht?lang=en");
        assertThat(overview.body()).contains("Download my data as PDF", "auskunft.json?lang=en");

        var json = visitor.get("/" + SLUG + "/meine-daten/auskunft.json");
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(json.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(
                        d -> assertThat(d).as("in the language chosen before").contains("my-data-"));
        assertThat(json.body())
                .contains("Samira", own, "Rollstuhlgerechter Platz", "kam später")
                .as("an address merged by staff is not proven by this link")
                .doesNotContain("Anders")
                .as("the merge would reveal the other address")
                .doesNotContain(merged, "privacy.person_merge")
                .as("the check-in pass's token is a key")
                .contains("attendance.check_in_pass")
                .doesNotContain(passToken(persons.tenantId, own), "\"token\"");
        var pdf = visitor.get("/" + SLUG + "/meine-daten/auskunft.pdf?lang=ar");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF");
        assertThat(jdbc.sql("select count(*) from privacy.access_log where person_email = ?")
                        .param(own)
                        .query(Integer.class)
                        .single())
                .as("a person reading their own data is no access by staff")
                .isZero();
    }

    private String passToken(UUID tenantId, String email) {
        return jdbc.sql("""
                        select p.token from attendance.check_in_pass p
                          join registration.registration r on r.id = p.registration_id
                         where p.tenant_id = ? and r.email_normalized = ?
                        """).params(tenantId, email).query(String.class).single();
    }

    /** A valid link for the address, as the self-service module stores it (only the hash). */
    private String magicLink(UUID tenantId, String email) throws Exception {
        var token = (UUID.randomUUID().toString() + UUID.randomUUID())
                .replace("-", "")
                .substring(0, 43);
        var hash = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        jdbc.sql("""
                        insert into selfservice.magic_link (token_hash, tenant_id, email_normalized, expires_at)
                        values (?, ?, ?, now() + interval '1 hour')
                        """).params(hash, tenantId, email).update();
        return token;
    }
}
