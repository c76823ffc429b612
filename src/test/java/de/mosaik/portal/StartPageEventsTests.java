package de.mosaik.portal;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.IntegrationTest;
import de.mosaik.WebSession;
import de.mosaik.identity.IdentitySetup;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The public start page of a KI lists its next events that take registrations, not only a link. */
class StartPageEventsTests extends IntegrationTest {

    private static final String SLUG = "kreis-dueren";

    @Autowired
    IdentitySetup identity;

    @Test
    void theStartPageListsTheNextOpenEventsWithDateSeatsAndLink() {
        var tenant = new Fixtures(jdbc, identity).tenantId(SLUG);
        var open = jdbc.sql("""
                        select id from events.event
                        where tenant_id = ? and status = 'PUBLISHED' and not closed_audience and last_ends_at >= now()
                          and (registration_opens_at is null or registration_opens_at <= now())
                          and (registration_closes_at is null or registration_closes_at > now())
                        order by first_starts_at, id
                        """).param(tenant).query(UUID.class).list();
        assertThat(open).as("the demo has open events").hasSizeGreaterThan(4);

        var german = new WebSession(port).get("/" + SLUG).body();
        assertThat(german).contains("Nächste Veranstaltungen mit freier Anmeldung");
        var section = german.substring(german.indexOf("id=\"naechste-veranstaltungen\""));
        for (var id : open.subList(0, 4)) {
            assertThat(section).contains("/" + SLUG + "/veranstaltungen/" + id);
        }
        assertThat(section).doesNotContain("/" + SLUG + "/veranstaltungen/" + open.get(4));
        assertThat(section).contains("<time datetime=", ">Termin<", ">Plätze<");

        var arabic = new WebSession(port).get("/" + SLUG + "?lang=ar").body();
        assertThat(arabic).contains("الفعاليات القادمة المفتوحة للتسجيل", "lang=ar");
    }

    @Test
    void aKiWithoutOpenEventsShowsNoEmptyList() {
        var tenant = new Fixtures(jdbc, identity).newTenant();
        jdbc.sql("update identity.tenant set active = true where id = ?")
                .param(tenant.id())
                .update();

        var page = new WebSession(port).get("/" + tenant.slug()).body();

        assertThat(page).doesNotContain("naechste-veranstaltungen", "Nächste Veranstaltungen");
    }
}
