package de.mosaik.privacy.domain;

import de.mosaik.shared.privacy.DataSubject;
import de.mosaik.shared.privacy.PersonalDataHolder;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases what every module keeps about a subject, in one transaction. Holders run in their
 * {@code @Order}; the registration module's holder comes last because deleting a registration
 * cascades to rows other holders may still want to read. The statistical facts survive by the
 * database triggers of the reporting schema.
 */
@Service
public class ErasureService {

    /** Why staff erase a person, as the form allows. */
    public static final int REASON_MAX = 500;

    /** Words of a name shorter than this are too often ordinary words ("Mai", "Ali") to refuse a reason for. */
    private static final int NAME_WORD_MIN = 4;

    private final List<PersonalDataHolder> holders;
    private final ErasureLog log;

    ErasureService(List<PersonalDataHolder> holders, ErasureLog log) {
        this.holders = holders;
        this.log = log;
    }

    /** Who erases a person on request, and why; recorded in the erasure log without naming the person. */
    public record Request(String reason, @Nullable UUID accountId, String accountName) {}

    /** Erases the person and records the request in the erasure log, in one transaction. */
    @Transactional
    public void erase(UUID tenantId, Person person, Request request, Instant now) {
        var future = futureRegistrations(person, now).size();
        erase(tenantId, person.subject());
        log.record(tenantId, now, request, person.registrations().size(), future);
    }

    /**
     * Whether a reason names the person by one of their addresses or their name: the erasure log
     * outlives the erasure, so it must not keep what was erased.
     */
    public static boolean namesThePerson(String reason, Person person) {
        var text = reason.toLowerCase(Locale.ROOT);
        if (person.emails().stream().anyMatch(email -> text.contains(email.toLowerCase(Locale.ROOT)))) {
            return true;
        }
        return Arrays.stream(person.displayName().split("[^\\p{L}\\p{M}]+"))
                .filter(word -> word.length() >= NAME_WORD_MIN)
                .anyMatch(word -> Pattern.compile(
                                "(?<![\\p{L}\\p{M}])" + Pattern.quote(word) + "(?![\\p{L}\\p{M}])",
                                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                        .matcher(reason)
                        .find());
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
