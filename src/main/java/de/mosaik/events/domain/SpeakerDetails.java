package de.mosaik.events.domain;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A speaker as staff enter them: {@code accountId} set for the tenant's own staff (the name then
 * follows the account), otherwise an external person.
 */
public record SpeakerDetails(
        @Nullable UUID accountId, String name, String organisation, String bio, boolean publishConsent) {}
