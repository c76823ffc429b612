package de.mosaik.events;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.IntegrationTest;
import de.mosaik.WebSession;
import de.mosaik.demo.DemoAccounts;
import de.mosaik.shared.text.BerlinTime;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A new session in the past is saved only when staff confirm it on purpose. */
class PastSessionTests extends IntegrationTest {

    @Test
    void aNewSessionInThePastNeedsTheTickThatSaysSo() {
        var staff = new WebSession(port);
        staff.login("team@kreis-dueren.demo", DemoAccounts.PASSWORD);
        var event = jdbc.sql("""
                        select e.id from events.event e join identity.tenant t on t.id = e.tenant_id
                        where t.slug = 'kreis-dueren' and e.status = 'DRAFT' limit 1
                        """)
                .query(UUID.class)
                .optional()
                .orElseGet(() -> jdbc.sql("""
                        select e.id from events.event e join identity.tenant t on t.id = e.tenant_id
                        where t.slug = 'kreis-dueren' limit 1
                        """).query(UUID.class).single());
        var path = "/verwaltung/kreis-dueren/veranstaltungen/" + event + "/termine";
        staff.get(path);
        var form = new HashMap<String, String>();
        form.put("sessionId", "");
        form.put("date", LocalDate.now(BerlinTime.ZONE).minusYears(1).toString());
        form.put("start", "09:00");
        form.put("end", "12:00");
        form.put("venue", "");
        form.put("online", "true");
        form.put("onlineUrl", "https://konferenz.example/raum");
        form.put("note", "Vergangenheitstest " + UUID.randomUUID());
        form.put("_inform", "on");
        form.put("_pastConfirmed", "on");
        var count = "select count(*) from events.session where event_id = ? and note = ?";

        var refused = staff.post(path, form);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body())
                .contains("Der Termin liegt in der Vergangenheit.")
                .contains("Termin liegt in der Vergangenheit – trotzdem speichern");
        assertThat(jdbc.sql(count)
                        .params(event, form.get("note"))
                        .query(Integer.class)
                        .single())
                .isZero();

        form.put("pastConfirmed", "true");
        var saved = staff.post(path, form);
        assertThat(saved.target()).isEqualTo(path);
        assertThat(jdbc.sql(count)
                        .params(event, form.get("note"))
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }
}
