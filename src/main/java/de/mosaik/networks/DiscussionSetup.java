package de.mosaik.networks;

import java.time.Instant;
import java.util.UUID;

/**
 * Writes discussions without mailing anyone, for the demo data and tests: the thread's author and each
 * replier are subscribed to the thread as when they write on the page.
 */
public interface DiscussionSetup {

    /** Starts a thread with its first post, written at {@code at}; returns the thread's id. */
    UUID seedThread(UUID networkId, UUID authorAccountId, String title, String topic, String body, Instant at);

    /** Adds a reply to the thread, written at {@code at}; returns the post's id. */
    UUID seedReply(UUID networkId, UUID threadId, UUID authorAccountId, String body, Instant at);
}
