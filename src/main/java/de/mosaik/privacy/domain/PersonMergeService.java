package de.mosaik.privacy.domain;

import de.mosaik.reporting.PersonKeys;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges two persons of a tenant that staff recognised as one. The other person's address and
 * all addresses already merged into it become aliases of the kept address — always pointing
 * straight at it, so that {@code reporting.canonical_email} needs one lookup — and reporting moves
 * their statistical facts to the kept person in the same transaction.
 */
@Service
public class PersonMergeService {

    public enum Result {
        MERGED,
        /** Both keys name the same person. */
        SAME_PERSON,
        /** The other person was merged into this one already, e.g. by the first of two submits. */
        ALREADY_MERGED,
        /** One of them does not exist at this tenant. */
        NOT_FOUND
    }

    private final PersonService persons;
    private final PersonKeys keys;
    private final JdbcClient jdbc;

    PersonMergeService(PersonService persons, PersonKeys keys, JdbcClient jdbc) {
        this.persons = persons;
        this.keys = keys;
        this.jdbc = jdbc;
    }

    /** Nothing changes here; the preview page reads both persons and what they share. */
    public Optional<MergePreview> preview(UUID tenantId, String keepKey, String otherKey) {
        if (keepKey.equals(otherKey)) {
            return Optional.empty();
        }
        var keep = persons.byKey(tenantId, keepKey);
        var other = persons.byKey(tenantId, otherKey);
        if (keep.isEmpty() || other.isEmpty()) {
            return Optional.empty();
        }
        var theirs = other.get().registrations().stream()
                .filter(r -> r.status().live())
                .map(Person.Registration::eventId)
                .toList();
        var shared = keep.get().registrations().stream()
                .filter(r -> r.status().live() && theirs.contains(r.eventId()))
                .map(Person.Registration::eventTitle)
                .distinct()
                .toList();
        return Optional.of(new MergePreview(keep.get(), other.get(), shared));
    }

    @Transactional
    public Result merge(UUID tenantId, String keepKey, String otherKey, @Nullable UUID accountId, String accountName) {
        if (keepKey.equals(otherKey)) {
            return Result.SAME_PERSON;
        }
        // One merge at a time per tenant, so that two submits of the same form cannot both find the
        // other person still unmerged and write conflicting aliases.
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 17))")
                .param("person-merge:" + tenantId)
                .query()
                .singleRow();
        var keep = persons.canonicalEmail(tenantId, keepKey);
        var other = persons.canonicalEmail(tenantId, otherKey);
        if (keep.isPresent() && other.isEmpty() && isAlias(tenantId, keep.get(), otherKey)) {
            return Result.ALREADY_MERGED;
        }
        if (keep.isEmpty() || other.isEmpty()) {
            return Result.NOT_FOUND;
        }
        if (Objects.equals(keep.get(), other.get())) {
            return Result.SAME_PERSON;
        }
        jdbc.sql("update privacy.person_merge set canonical_email = ? where tenant_id = ? and canonical_email = ?")
                .params(keep.get(), tenantId, other.get())
                .update();
        jdbc.sql("""
                        insert into privacy.person_merge (tenant_id, alias_email, canonical_email, merged_by, merged_by_name)
                        values (?, ?, ?, ?, ?)
                        """)
                .params(tenantId, other.get(), keep.get(), accountId, accountName)
                .update();
        // The other person's facts move; their aliases' facts already carry its key, so they move along.
        keys.merged(tenantId, other.get(), keep.get());
        return Result.MERGED;
    }

    private boolean isAlias(UUID tenantId, String canonical, String key) {
        return jdbc
                .sql("select alias_email from privacy.person_merge where tenant_id = ? and canonical_email = ?")
                .params(tenantId, canonical)
                .query(String.class)
                .list()
                .stream()
                .anyMatch(alias -> keys.keyOf(tenantId, alias).equals(key));
    }
}
