package de.mosaik.privacy.domain;

import de.mosaik.shared.privacy.DataSubject;
import de.mosaik.shared.privacy.PersonalDataHolder;
import de.mosaik.shared.privacy.StoredRecord;
import de.mosaik.shared.text.BerlinTime;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code privacy.erasure_log}: when staff erased a person on request, who did it (account and name
 * at the time), why, and how many registrations went. It is the controller's proof of having erased
 * (Art. 5(2) and 17 DSGVO) and names nobody who was erased, so an erasure leaves it in place. It is
 * kept for {@link #KEPT_YEARS} years and then deleted by the nightly retention: that covers the
 * regular three-year limitation period (§ 195 BGB) for claims over the erasure and an inquiry of the
 * supervisory authority about it; after that the staff member's name serves no purpose.
 *
 * <p>The name is copied rather than read from the account, since the proof must show who acted even
 * after the account was renamed or deactivated. The reason is free text; the form refuses one naming
 * the erased person, and a later erasure still scrubs a person's address from any reason typed before.
 */
@Component
public class ErasureLog implements PersonalDataHolder {

    static final String TABLE = "privacy.erasure_log";

    /** How long an entry is kept; see the class comment and ADR 0017. */
    public static final int KEPT_YEARS = 3;

    /** What replaces a person's address in a reason typed before. */
    static final String SCRUBBED = "[gelöscht]";

    private final JdbcClient jdbc;

    ErasureLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One erasure on request. */
    void record(UUID tenantId, Instant at, ErasureService.Request request, int registrations, int future) {
        jdbc.sql("""
                        insert into privacy.erasure_log
                            (tenant_id, erased_at, account_id, account_name, reason, registrations, future_registrations)
                        values (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        tenantId,
                        Timestamp.from(at),
                        request.accountId(),
                        request.accountName(),
                        request.reason(),
                        registrations,
                        future)
                .update();
    }

    /** Deletes the tenant's entries older than {@link #KEPT_YEARS} years before {@code now}; returns how many. */
    int deleteExpired(UUID tenantId, Instant now) {
        var cutOff = now.atZone(BerlinTime.ZONE).minusYears(KEPT_YEARS).toInstant();
        return jdbc.sql("delete from privacy.erasure_log where tenant_id = ? and erased_at < ?")
                .params(tenantId, Timestamp.from(cutOff))
                .update();
    }

    @Override
    public Set<String> tables() {
        return Set.of(TABLE);
    }

    /** Only an entry whose reason names one of the person's addresses is about them. */
    @Override
    public List<StoredRecord> export(UUID tenantId, DataSubject subject) {
        var records = new ArrayList<StoredRecord>();
        for (var email : subject.emails()) {
            jdbc.sql("""
                            select erased_at, reason from privacy.erasure_log
                             where tenant_id = ? and strpos(lower(reason), ?) > 0 order by erased_at
                            """)
                    .params(tenantId, email)
                    .query()
                    .listOfRows()
                    .forEach(row -> records.add(new StoredRecord(TABLE, row)));
        }
        return records;
    }

    /** The entries stay as proof; only a person's address typed into a reason goes. */
    @Override
    public void erase(UUID tenantId, DataSubject subject) {
        for (var email : subject.emails()) {
            jdbc.sql("""
                            update privacy.erasure_log set reason = regexp_replace(reason, ?, ?, 'gi')
                             where tenant_id = ? and strpos(lower(reason), ?) > 0
                            """).params(literal(email), SCRUBBED, tenantId, email).update();
        }
    }

    @Override
    public List<String> keptOnErasure() {
        return List.of("persons.kept.erasureLog");
    }

    /** A PostgreSQL regular expression matching exactly {@code text}. */
    static String literal(String text) {
        return text.replaceAll("[\\\\.^$*+?()\\[\\]{}|]", "\\\\$0");
    }
}
