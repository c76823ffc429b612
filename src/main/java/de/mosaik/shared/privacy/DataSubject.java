package de.mosaik.shared.privacy;

import java.util.Set;
import java.util.UUID;

/**
 * Whom an export or erasure is about: a person's normalised e-mail addresses at one tenant (the
 * canonical one and those merged into it) and their registrations. Retention passes only the
 * registrations that are due, with no addresses.
 */
public record DataSubject(Set<String> emails, Set<UUID> registrationIds) {

    public DataSubject {
        emails = Set.copyOf(emails);
        registrationIds = Set.copyOf(registrationIds);
    }

    public static DataSubject registrations(Set<UUID> registrationIds) {
        return new DataSubject(Set.of(), registrationIds);
    }

    public boolean isEmpty() {
        return emails.isEmpty() && registrationIds.isEmpty();
    }

    /** The registrations for an SQL {@code in (…)} list, which must not be empty: an id no row has, if none. */
    public Set<UUID> registrationIdsForSql() {
        return registrationIds.isEmpty() ? Set.of(new UUID(0, 0)) : registrationIds;
    }

    /** The addresses for an SQL {@code in (…)} list: a value no address has, if none. */
    public Set<String> emailsForSql() {
        return emails.isEmpty() ? Set.of("<none>") : emails;
    }
}
