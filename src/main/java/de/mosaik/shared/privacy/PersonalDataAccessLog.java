package de.mosaik.shared.privacy;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Records that the signed-in account looked at or exported personal data: participant lists,
 * exports and person pages. The tenant administrator reads the log; it is kept only as long as the
 * tenant's retention setting for it says.
 */
public interface PersonalDataAccessLog {

    /**
     * @param resource a code of what was accessed, e.g. {@code registration.list} (shown through
     *     the message key {@code privacy.audit.resource.<code>})
     * @param label what exactly, e.g. the event title; never a participant's address
     * @param personEmail the normalised address when the data of one person was accessed, so that
     *     the entry can be anonymised when that person is erased
     */
    void record(UUID tenantId, AccessKind kind, String resource, String label, @Nullable String personEmail);

    enum AccessKind {
        VIEW,
        EXPORT
    }
}
