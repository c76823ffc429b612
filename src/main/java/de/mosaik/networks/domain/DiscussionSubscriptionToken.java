package de.mosaik.networks.domain;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What an unsubscribe link stands for: one thread (its title) or all the network's threads, and whether the
 * subscription is still on.
 */
public record DiscussionSubscriptionToken(
        UUID subscriptionId, String networkName, @Nullable String threadTitle, boolean active) {

    public boolean wholeNetwork() {
        return threadTitle == null;
    }
}
