package de.mosaik.privacy.domain;

import de.mosaik.shared.privacy.DataSubject;
import de.mosaik.shared.privacy.PersonalDataHolder;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases what every module keeps about a subject, in one transaction. Holders run in their
 * {@code @Order}; the registration module's holder comes last because deleting a registration
 * cascades to rows other holders may still want to read. The statistical facts survive by the
 * database triggers of the reporting schema.
 */
@Service
public class PersonalDataErasure {

    /** Why staff erase a person, as the form allows. */
    public static final int REASON_MAX = 500;

    private final List<PersonalDataHolder> holders;
    private final JdbcClient jdbc;

    PersonalDataErasure(List<PersonalDataHolder> holders, JdbcClient jdbc) {
        this.holders = holders;
        this.jdbc = jdbc;
    }

    /** Who erases a person on request, and why; recorded in the erasure log without naming the person. */
    public record Request(String reason, @Nullable UUID accountId, String accountName) {}

    /** Erases the person and records the request in the erasure log, in one transaction. */
    @Transactional
    public void erase(UUID tenantId, Person person, Request request, Instant now) {
        var future = futureRegistrations(person, now).size();
        erase(tenantId, person.subject());
        jdbc.sql("""
                        insert into privacy.erasure_log
                            (tenant_id, erased_at, account_id, account_name, reason, registrations, future_registrations)
                        values (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        tenantId,
                        Timestamp.from(now),
                        request.accountId(),
                        request.accountName(),
                        request.reason(),
                        person.registrations().size(),
                        future)
                .update();
    }

    /** Registrations still running for events to come: erasing the person cancels them too. */
    public static List<Person.Registration> futureRegistrations(Person person, Instant now) {
        return person.registrations().stream()
                .filter(r -> r.status().live())
                .filter(r -> r.startsAt() == null || r.startsAt().isAfter(now))
                .toList();
    }

    @Transactional
    public void erase(UUID tenantId, DataSubject subject) {
        if (subject.isEmpty()) {
            return;
        }
        for (var holder : holders) {
            holder.erase(tenantId, subject);
        }
    }

    /** Message keys of what stays after an erasure, for the confirmation page. */
    public List<String> keptOnErasure() {
        return holders.stream().flatMap(h -> h.keptOnErasure().stream()).toList();
    }
}
