package de.mosaik.networks;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One person's part in one network: their role, the member body they speak for (none for a coordinator or
 * guest without one) and whether they review practice examples for the network.
 */
public record Participation(
        UUID delegateId,
        UUID networkId,
        UUID accountId,
        NetworkRole role,
        @Nullable UUID memberId,
        @Nullable UUID organisationId,
        boolean editor) {

    public boolean coordinates() {
        return role == NetworkRole.COORDINATOR;
    }

    /** Coordinators review practice examples too; other members when the coordination made them editors. */
    public boolean reviews() {
        return editor || coordinates();
    }
}
