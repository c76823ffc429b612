package de.mosaik.registration.web;

import de.mosaik.Fixtures;
import de.mosaik.registration.EventFixtures;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Events of the demo tenant Kreis Düren for the public registration tests: test tenants are
 * inactive and so not served publicly. Each event gets a unique title, so tests do not meet.
 */
final class PublicEvents {

    static final String SLUG = "kreis-dueren";

    final JdbcClient jdbc;
    final EventFixtures events;
    final UUID tenant;

    PublicEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.events = new EventFixtures(jdbc);
        this.tenant = new Fixtures(jdbc, null).tenantId(SLUG);
    }

    UUID event(String title, EventFixtures.Rules rules) {
        return events.publishedEvent(tenant, Fixtures.unique(title), rules);
    }

    UUID choiceQuestion(UUID event, String label, boolean required, List<String> options) {
        var id = UUID.randomUUID();
        jdbc.sql("insert into events.question (id, event_id, tenant_id, position, kind, label, options, required) "
                        + "values (?, ?, ?, 10, 'CHOICE', ?, ?, ?)")
                .params(id, event, tenant, label, options.toArray(String[]::new), required)
                .update();
        return id;
    }

    UUID yesNoQuestion(UUID event, String label) {
        var id = UUID.randomUUID();
        jdbc.sql("insert into events.question (id, event_id, tenant_id, position, kind, label, required) "
                        + "values (?, ?, ?, 11, 'YES_NO', ?, true)")
                .params(id, event, tenant, label)
                .update();
        return id;
    }

    UUID targetGroup(String name) {
        var id = UUID.randomUUID();
        jdbc.sql("insert into events.term (id, tenant_id, kind, name, position) values (?, ?, 'TARGET_GROUP', ?, 99)")
                .params(id, tenant, Fixtures.unique(name))
                .update();
        return id;
    }

    void online(UUID event, String url) {
        jdbc.sql("update events.session set online = true, online_url = ? where event_id = ?")
                .params(url, event)
                .update();
    }

    void status(UUID event, String status) {
        jdbc.sql("update events.event set status = ? where id = ?")
                .params(status, event)
                .update();
    }

    String formPath(UUID event) {
        return "/" + SLUG + "/veranstaltungen/" + event + "/anmeldung";
    }

    String statusOf(String email, UUID event) {
        return jdbc.sql("select status from registration.registration where event_id = ? and email = ? "
                        + "order by created_at desc limit 1")
                .params(event, email)
                .query(String.class)
                .single();
    }

    String tokenOf(String email, UUID event) {
        return jdbc.sql("select manage_token from registration.registration where event_id = ? and email = ? "
                        + "order by created_at desc limit 1")
                .params(event, email)
                .query(String.class)
                .single();
    }

    int registrations(UUID event) {
        return jdbc.sql("select count(*) from registration.registration where event_id = ?")
                .param(event)
                .query(Integer.class)
                .single();
    }

    static String email(String prefix) {
        return Fixtures.unique(prefix) + "@example.org";
    }
}
