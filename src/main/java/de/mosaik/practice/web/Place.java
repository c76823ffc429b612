package de.mosaik.practice.web;

import de.mosaik.networks.NetworkSummary;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Where an author writes examples: a tenant's back office ({@code tenantId} set, any network may review) or
 * a network's members' area ({@code network} set, that network reviews). {@code base} is the list's path.
 */
public record Place(
        String base, @Nullable UUID tenantId, @Nullable NetworkSummary network) {

    public String path(String rest) {
        return base + rest;
    }

    public boolean inNetwork() {
        return network != null;
    }
}
