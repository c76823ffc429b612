package de.mosaik.networks;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The documents of a network's meetings (slides, minutes, others) as other parts show them, e.g. the
 * meeting pages ("3 Dokumente") or a recommendation's links. Always named by network and meeting, so
 * that a meeting of another network answers nothing.
 */
public interface MeetingDocuments {

    /** How many documents the meeting has; 0 for a meeting of another network. */
    int count(UUID networkId, UUID meetingId);

    /** The meeting's documents without their content, newest first. */
    List<Summary> of(UUID networkId, UUID meetingId);

    /**
     * Attaches a document to a meeting of this network, e.g. minutes written elsewhere or demo documents.
     * The content's format is checked as on upload; content a meeting does not take, or a meeting of another
     * network, is refused by {@link IllegalArgumentException}. {@code uploadedBy} may be null (the platform).
     */
    UUID attach(
            UUID networkId,
            UUID meetingId,
            String title,
            DocumentKind kind,
            String fileName,
            byte[] content,
            @org.jspecify.annotations.Nullable UUID uploadedBy,
            String uploaderName);

    /** A document as listed: what it is called, what kind and type, how large, who uploaded it when. */
    record Summary(
            UUID id,
            UUID meetingId,
            String title,
            DocumentKind kind,
            String fileName,
            String contentType,
            int sizeBytes,
            @org.jspecify.annotations.Nullable UUID uploadedBy,
            String uploaderName,
            Instant uploadedAt) {}

    /** What a document is for the meeting. */
    enum DocumentKind {
        SLIDES,
        MINUTES,
        OTHER;

        public String messageKey() {
            return "networks.documents.kind." + name();
        }
    }
}
