package de.mosaik.events.domain;

import de.mosaik.events.TenantVocabulary;
import de.mosaik.events.Term;
import de.mosaik.events.TermKind;
import de.mosaik.events.TermUses;
import de.mosaik.identity.TenantCreated;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each tenant's formats, topics and target groups: seeded with the defaults, then kept by staff. */
@Service
public class VocabularyService implements TenantVocabulary {

    // Registrations keep the target group their registrant chose, so those count as uses too, and
    // so do the statistical facts, which outlive the registrations: the modules above say so (TermUses).
    private static final String USED = """
            exists (select 1 from events.event e where e.tenant_id = t.tenant_id
                     and (e.format_id = t.id or t.id = any (e.topic_ids) or t.id = any (e.target_group_ids)))
            """;

    private final JdbcClient jdbc;
    private final List<TermUses> uses;

    VocabularyService(JdbcClient jdbc, List<TermUses> uses) {
        this.jdbc = jdbc;
        this.uses = uses;
    }

    /** A new tenant gets the default vocabulary in the transaction that creates it. */
    @EventListener
    void on(TenantCreated created) {
        seed(created.tenantId());
    }

    /** Adds the built-in terms a tenant lacks; repeating it changes nothing. */
    @Transactional
    public void seed(UUID tenantId) {
        int position = 0;
        TermKind kind = null;
        for (var term : DefaultTerms.ALL) {
            position = term.kind() == kind ? position + 1 : 1;
            kind = term.kind();
            jdbc.sql("""
                            insert into events.term (id, tenant_id, kind, code, name, position)
                            values (?, ?, ?, ?, ?, ?) on conflict do nothing
                            """)
                    .params(UUID.randomUUID(), tenantId, term.kind().name(), term.code(), term.name(), position)
                    .update();
        }
    }

    @Override
    @Transactional
    public UUID builtInTerm(UUID tenantId, TermKind kind, String code) {
        var builtIn = DefaultTerms.ALL.stream()
                .filter(term -> term.kind() == kind && term.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No built-in term " + kind + ":" + code));
        return codeOrName(tenantId, kind, code, builtIn.name()).orElseGet(() -> {
            seed(tenantId);
            return codeOrName(tenantId, kind, code, builtIn.name()).orElseThrow();
        });
    }

    /** The term with the code, else a staff-made one that carries the built-in name without the code. */
    private Optional<UUID> codeOrName(UUID tenantId, TermKind kind, String code, String name) {
        return jdbc.sql("""
                        select id from events.term where tenant_id = ? and kind = ? and (code = ? or name = ?)
                        order by (code = ?) desc nulls last limit 1
                        """)
                .params(tenantId, kind.name(), code, name, code)
                .query(UUID.class)
                .optional();
    }

    @Transactional(readOnly = true)
    public List<VocabularyTerm> all(UUID tenantId, TermKind kind) {
        return usedElsewhere(
                tenantId,
                jdbc.sql(
                                "select t.id, t.kind, t.code, t.name, t.position, t.active, " + USED + " as used"
                                        + " from events.term t where t.tenant_id = ? and t.kind = ? order by t.position, t.name")
                        .params(tenantId, kind.name())
                        .query(VocabularyService::term)
                        .list());
    }

    /** The terms offered for new choices, in their order. */
    @Transactional(readOnly = true)
    public List<Term> active(UUID tenantId, TermKind kind) {
        return all(tenantId, kind).stream()
                .filter(VocabularyTerm::active)
                .map(VocabularyTerm::term)
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<VocabularyTerm> term(UUID tenantId, UUID termId) {
        return jdbc.sql("select t.id, t.kind, t.code, t.name, t.position, t.active, " + USED + " as used"
                        + " from events.term t where t.tenant_id = ? and t.id = ?")
                .params(tenantId, termId)
                .query(VocabularyService::term)
                .optional()
                .map(term -> usedElsewhere(tenantId, List.of(term)).get(0));
    }

    private static VocabularyTerm term(ResultSet rs, int row) throws SQLException {
        return new VocabularyTerm(
                rs.getObject("id", UUID.class),
                TermKind.valueOf(rs.getString("kind")),
                rs.getString("code"),
                rs.getString("name"),
                rs.getInt("position"),
                rs.getBoolean("active"),
                rs.getBoolean("used"));
    }

    /** The terms, each marked used when an event uses it (as read) or another module's data names it. */
    private List<VocabularyTerm> usedElsewhere(UUID tenantId, List<VocabularyTerm> terms) {
        var unused =
                terms.stream().filter(t -> !t.used()).map(VocabularyTerm::id).toList();
        if (unused.isEmpty()) {
            return terms;
        }
        var named = new HashSet<UUID>();
        uses.forEach(module -> named.addAll(module.used(tenantId, unused)));
        return terms.stream()
                .map(t -> t.used() || !named.contains(t.id())
                        ? t
                        : new VocabularyTerm(t.id(), t.kind(), t.code(), t.name(), t.position(), t.active(), true))
                .toList();
    }

    @Transactional
    public EventEditOutcome add(UUID tenantId, TermKind kind, String name) {
        if (nameTaken(tenantId, kind, name, null)) {
            return EventEditOutcome.NAME_TAKEN;
        }
        jdbc.sql("""
                            insert into events.term (id, tenant_id, kind, name, position)
                            values (?, ?, ?, ?, (select coalesce(max(position), 0) + 1 from events.term
                                                 where tenant_id = ? and kind = ?))
                            """)
                .params(UUID.randomUUID(), tenantId, kind.name(), name, tenantId, kind.name())
                .update();
        return EventEditOutcome.DONE;
    }

    /** Built-in terms may be renamed too; other languages keep showing their translation of the code. */
    @Transactional
    public EventEditOutcome rename(UUID tenantId, UUID termId, String name) {
        var term = term(tenantId, termId);
        if (term.isEmpty()) {
            return EventEditOutcome.NOT_FOUND;
        }
        if (nameTaken(tenantId, term.get().kind(), name, termId)) {
            return EventEditOutcome.NAME_TAKEN;
        }
        jdbc.sql("update events.term set name = ? where id = ? and tenant_id = ?")
                .params(name, termId, tenantId)
                .update();
        return EventEditOutcome.DONE;
    }

    private boolean nameTaken(UUID tenantId, TermKind kind, String name, @Nullable UUID except) {
        return jdbc.sql("""
                        select exists (select 1 from events.term where tenant_id = ? and kind = ?
                                       and lower(name) = lower(?) and id is distinct from ?::uuid)
                        """)
                .params(tenantId, kind.name(), name, except)
                .query(Boolean.class)
                .single();
    }

    @Transactional
    public EventEditOutcome setActive(UUID tenantId, UUID termId, boolean active) {
        return jdbc.sql("update events.term set active = ? where id = ? and tenant_id = ?")
                                .params(active, termId, tenantId)
                                .update()
                        == 1
                ? EventEditOutcome.DONE
                : EventEditOutcome.NOT_FOUND;
    }

    /** Swaps the term with its neighbour above ({@code up}) or below. */
    @Transactional
    public EventEditOutcome move(UUID tenantId, UUID termId, boolean up) {
        var term = term(tenantId, termId);
        if (term.isEmpty()) {
            return EventEditOutcome.NOT_FOUND;
        }
        var list = all(tenantId, term.get().kind());
        int index = list.indexOf(term.get());
        int other = up ? index - 1 : index + 1;
        if (other < 0 || other >= list.size()) {
            return EventEditOutcome.DONE;
        }
        // Renumber the whole list so that equal positions (e.g. after imports) sort predictably.
        for (int i = 0; i < list.size(); i++) {
            int target = i == index ? other : i == other ? index : i;
            jdbc.sql("update events.term set position = ? where id = ? and tenant_id = ?")
                    .params(target + 1, list.get(i).id(), tenantId)
                    .update();
        }
        return EventEditOutcome.DONE;
    }

    /** Only a term nothing refers to may go; a used one can be deactivated instead. */
    @Transactional
    public EventEditOutcome delete(UUID tenantId, UUID termId) {
        var term = term(tenantId, termId);
        if (term.isEmpty()) {
            return EventEditOutcome.NOT_FOUND;
        }
        if (term.get().used()) {
            return EventEditOutcome.IN_USE;
        }
        jdbc.sql("delete from events.term where id = ? and tenant_id = ?")
                .params(termId, tenantId)
                .update();
        return EventEditOutcome.DONE;
    }
}
