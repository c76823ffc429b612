package de.mosaik.shared.db;

import java.util.Optional;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Which form submissions ran and how they ended, in PostgreSQL so that every app node sees the
 * same ({@code shared.web.RepeatedSubmissionFilter} decides with it). Each statement commits on its own: the claim must be visible to a repeat on another node
 * while the first request is still running.
 */
@Component
public class SubmissionLedger {

    /** One submission: who sent it (account or session), where to, with which token. */
    public record Key(String scope, String route, UUID token) {}

    /** What a submission has come to so far; status and location are set once it is done. */
    public record Entry(boolean done, int status, @Nullable String location) {}

    /**
     * How long a claim may run before a repeat may take it over: only a node that died while
     * running the first request leaves one behind.
     */
    private static final String ABANDONED_AFTER = "2 minutes";

    private final JdbcClient jdbc;

    SubmissionLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True for the first request with this key (or one that takes over an abandoned claim). */
    public boolean claim(Key key) {
        return jdbc.sql("""
                        insert into shared.form_submission (scope, route, token) values (:scope, :route, :token)
                        on conflict (scope, route, token) do update set claimed_at = now()
                        where form_submission.state = 'RUNNING'
                          and form_submission.claimed_at < now() - cast(:abandoned as interval)
                        """)
                        .param("scope", key.scope())
                        .param("route", key.route())
                        .param("token", key.token())
                        .param("abandoned", ABANDONED_AFTER)
                        .update()
                > 0;
    }

    public Optional<Entry> look(Key key) {
        return jdbc.sql("""
                        select state, coalesce(status, 0) as status, location from shared.form_submission
                        where scope = ? and route = ? and token = ?
                        """)
                .params(key.scope(), key.route(), key.token())
                .query((rs, row) ->
                        new Entry("DONE".equals(rs.getString("state")), rs.getInt("status"), rs.getString("location")))
                .optional();
    }

    /** Keeps the outcome so that a repeat gets the same answer. */
    public void done(Key key, int status, String location) {
        jdbc.sql("""
                        update shared.form_submission set state = 'DONE', status = ?, location = ?
                        where scope = ? and route = ? and token = ?
                        """)
                .params(status, location, key.scope(), key.route(), key.token())
                .update();
    }

    /** Forgets a submission whose outcome cannot be replayed, so that a repeat runs again. */
    public void release(Key key) {
        jdbc.sql("delete from shared.form_submission where scope = ? and route = ? and token = ?")
                .params(key.scope(), key.route(), key.token())
                .update();
    }

    /** A form page kept open for more than a day is submitted anew; nobody double-clicks that slowly. */
    @SchedulerLock(name = "shared-forget-form-submissions")
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT15M")
    public void forgetOldSubmissions() {
        jdbc.sql("delete from shared.form_submission where claimed_at < now() - interval '1 day'")
                .update();
    }
}
