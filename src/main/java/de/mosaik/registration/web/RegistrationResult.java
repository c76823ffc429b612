package de.mosaik.registration.web;

import de.mosaik.registration.RegistrationStatus;
import java.io.Serializable;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the result page after a registration tells: for each registered person the status, the
 * waitlist place and the confirmation deadline. Never the personal link; that goes by mail only.
 */
public record RegistrationResult(String eventTitle, String contactEmail, List<Entry> entries, boolean group)
        implements Serializable {

    /**
     * One registered person. {@code holdUntil} is already written in the reader's language;
     * {@code heldBack} when the person waits only because of the cap of unconfirmed holds, while
     * seats may still be free.
     */
    public record Entry(
            String name,
            String email,
            RegistrationStatus status,
            @Nullable Integer waitlistPosition,
            String holdUntil,
            boolean heldBack)
            implements Serializable {}

    public Entry first() {
        return entries.get(0);
    }
}
