package de.mosaik.reporting.domain;

import de.mosaik.events.TenantEvents;
import de.mosaik.reporting.Figures;
import de.mosaik.reporting.ReportRow;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The names of a tenant's terms and events, as the events module gives them. */
@Repository
class ReportVocabulary {

    private final TenantEvents tenantEvents;

    ReportVocabulary(TenantEvents tenantEvents) {
        this.tenantEvents = tenantEvents;
    }

    Names of(UUID tenantId) {
        var terms = new HashMap<String, Term>();
        tenantEvents.terms(tenantId).forEach(t -> terms.put(t.id().toString(), new Term(t.code(), t.name())));
        var events = new HashMap<String, Event>();
        tenantEvents
                .events(tenantId)
                .forEach(e -> events.put(
                        e.id().toString(),
                        new Event(e.title(), e.firstStartsAt() == null ? Instant.EPOCH : e.firstStartsAt())));
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
