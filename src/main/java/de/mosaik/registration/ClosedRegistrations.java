package de.mosaik.registration;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Registrations for events of a closed audience, taken on behalf of somebody signed in to the owner's pages (a
 * network's delegate registering themself or a colleague). They follow the rules of every registration — a seat or
 * a waitlist place, the confirmation mail in the registration's language with the personal link, cancellation by
 * the person — and the tenant that holds the event is their data controller.
 */
public interface ClosedRegistrations {

    /**
     * Registers the person for the tenant's closed event, if the audience admits them ({@link
     * ClosedAudience#refusal}); {@code language} is the language of the mails (a UI language code).
     */
    Result register(UUID tenantId, UUID eventId, Person person, String language, ClosedAudience audience);

    /** Cancels the registration as its person would with the personal link; false when it was not live. */
    boolean cancel(UUID tenantId, UUID registrationId);

    /** The person to register. */
    record Person(String givenName, String familyName, String email) {}

    /** How a registration ended: {@code refusal} is the audience's key when it refused. */
    record Result(
            Outcome outcome,
            @Nullable UUID registrationId,
            @Nullable String refusal) {}

    enum Outcome {
        REGISTERED,
        WAITLISTED,
        /** The audience refused; {@link Result#refusal()} says why. */
        REFUSED,
        ALREADY_REGISTERED,
        /** No such closed event, or its registration is over. */
        CLOSED
    }
}
