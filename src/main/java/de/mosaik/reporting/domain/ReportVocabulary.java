package de.mosaik.reporting.domain;

import de.mosaik.reporting.Figures;
import de.mosaik.reporting.ReportRow;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The names of a tenant's terms and events, read from the events module's tables. */
@Repository
class ReportVocabulary {

    private final JdbcClient jdbc;

    ReportVocabulary(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Names of(UUID tenantId) {
        var terms = new HashMap<String, Term>();
        jdbc.sql("select id, code, name from events.term where tenant_id = ?")
                .param(tenantId)
                .query((rs, row) -> terms.put(rs.getString("id"), new Term(rs.getString("code"), rs.getString("name"))))
                .list();
        var events = new HashMap<String, Event>();
        jdbc.sql("select id, title, first_starts_at from events.event where tenant_id = ?")
                .param(tenantId)
                .query((rs, row) -> {
                    Timestamp starts = rs.getTimestamp("first_starts_at");
                    return events.put(
                            rs.getString("id"),
                            new Event(rs.getString("title"), starts == null ? Instant.EPOCH : starts.toInstant()));
                })
                .list();
        return new Names(terms, events);
    }

    record Term(@Nullable String code, String name) {}

    record Event(String title, Instant startsAt) {}

    record Names(Map<String, Term> terms, Map<String, Event> events) {

        ReportRow term(String key, Figures figures) {
            var term = terms.get(key);
            return term == null
                    ? new ReportRow(key, "", null, figures)
                    : new ReportRow(key, term.name(), term.code(), figures);
        }

        ReportRow event(String key, Figures figures) {
            var event = events.get(key);
            return new ReportRow(key, event == null ? "" : event.title(), null, figures);
        }

        Instant eventStart(ReportRow row) {
            var event = events.get(row.key());
            return event == null ? Instant.EPOCH : event.startsAt();
        }
    }
}
