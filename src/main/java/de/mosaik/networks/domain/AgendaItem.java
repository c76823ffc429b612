package de.mosaik.networks.domain;

import java.time.LocalTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One item of a session's agenda: when, what, who speaks, and an optional link to a document. */
public record AgendaItem(
        UUID id,
        UUID sessionId,
        @Nullable LocalTime startsAt,
        String title,
        String speakers,
        String link,
        int version) {

    /** Whether the link leaves the platform (then it opens as an external address). */
    public boolean externalLink() {
        return link.startsWith("https://") || link.startsWith("http://");
    }
}
