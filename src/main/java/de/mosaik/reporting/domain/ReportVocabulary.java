package de.mosaik.reporting.domain;

import de.mosaik.events.TenantEvents;
import de.mosaik.organisations.Organisations;
import de.mosaik.reporting.Figures;
import de.mosaik.reporting.ReportRow;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The names of a tenant's terms and events, as the events module gives them, and of employing bodies. */
@Repository
class ReportVocabulary {

    private final TenantEvents tenantEvents;
    private final Organisations organisations;

    ReportVocabulary(TenantEvents tenantEvents, Organisations organisations) {
        this.tenantEvents = tenantEvents;
        this.organisations = organisations;
    }

    /** With the names of the employing bodies the report counts, from the organisations register. */
    Names of(UUID tenantId, Collection<UUID> employerIds) {
        var terms = new HashMap<String, Term>();
        tenantEvents.terms(tenantId).forEach(t -> terms.put(t.id().toString(), new Term(t.code(), t.name())));
        var events = new HashMap<String, Event>();
        tenantEvents
                .events(tenantId)
                .forEach(e -> events.put(
                        e.id().toString(),
                        new Event(e.title(), e.firstStartsAt() == null ? Instant.EPOCH : e.firstStartsAt())));
        var employers = new HashMap<String, String>();
        if (!employerIds.isEmpty()) {
            organisations.byIds(employerIds).forEach(o -> employers.put(o.id().toString(), o.name()));
        }
        return new Names(terms, events, employers);
    }

    record Term(@Nullable String code, String name) {}

    record Event(String title, Instant startsAt) {}

    record Names(Map<String, Term> terms, Map<String, Event> events, Map<String, String> employers) {

        ReportRow employer(String key, Figures figures) {
            return new ReportRow(key, employers.getOrDefault(key, ""), null, figures);
        }

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
