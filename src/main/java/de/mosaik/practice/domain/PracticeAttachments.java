package de.mosaik.practice.domain;

import de.mosaik.practice.Author;
import de.mosaik.shared.files.DocumentFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The files attached to practice examples. The author adds and removes them while the example may be edited
 * (not while it waits for review or is published); each change is a version in the example's history. The
 * public reads them only of published examples. Callers check who may open the example.
 */
@Service
public class PracticeAttachments {

    /** The largest file an example takes; the servlet container lets a little more through (application.yml). */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    public static final int MAX_COUNT = 20;

    public static final int TITLE_MAX = 200;

    /** Why an attachment was not added or removed. */
    public enum Refusal {
        /** The example waits for review or is published: its author withdraws it first. */
        LOCKED,
        /** It has {@link #MAX_COUNT} already. */
        TOO_MANY,
        /** No such attachment on this example. */
        UNKNOWN
    }

    private final AttachmentRepository attachments;
    private final ExampleRepository examples;
    private final ExampleHistory history;

    PracticeAttachments(AttachmentRepository attachments, ExampleRepository examples, ExampleHistory history) {
        this.attachments = attachments;
        this.examples = examples;
        this.history = history;
    }

    @Transactional(readOnly = true)
    public List<Attachment> of(UUID exampleId) {
        return attachments.of(exampleId);
    }

    /** Adds a file whose format its content told; empty when added. */
    @Transactional
    public Optional<Refusal> add(
            UUID exampleId, Author by, String title, String fileName, DocumentFormat format, byte[] content) {
        if (content.length == 0 || content.length > MAX_BYTES) {
            throw new IllegalArgumentException("an attachment has 1 byte to " + MAX_BYTES + " bytes");
        }
        var example = examples.lock(exampleId).orElseThrow(ExampleStale::new);
        if (!PracticeReviewPolicy.authorMayEdit(example.status())) {
            return Optional.of(Refusal.LOCKED);
        }
        if (attachments.count(exampleId) >= MAX_COUNT) {
            return Optional.of(Refusal.TOO_MANY);
        }
        attachments.insert(UUID.randomUUID(), exampleId, title.strip(), fileName, format, content, by);
        history.record(exampleId, by, ExampleHistory.ATTACHMENTS, titles(exampleId));
        return Optional.empty();
    }

    /** Removes an attachment; empty when removed. */
    @Transactional
    public Optional<Refusal> remove(UUID exampleId, UUID attachmentId, Author by) {
        var example = examples.lock(exampleId).orElseThrow(ExampleStale::new);
        if (!PracticeReviewPolicy.authorMayEdit(example.status())) {
            return Optional.of(Refusal.LOCKED);
        }
        if (!attachments.delete(exampleId, attachmentId)) {
            return Optional.of(Refusal.UNKNOWN);
        }
        history.record(exampleId, by, ExampleHistory.ATTACHMENTS, titles(exampleId));
        return Optional.empty();
    }

    /** An attachment of this example with its content, whatever the example's status. */
    @Transactional(readOnly = true)
    public Optional<Attachment.Stored> download(UUID exampleId, UUID attachmentId) {
        return attachments.download(exampleId, attachmentId);
    }

    /** An attachment of the published example at {@code /praxisbeispiele/{slug}}; empty for any other. */
    @Transactional(readOnly = true)
    public Optional<Attachment.Stored> publishedDownload(String slug, UUID attachmentId) {
        return attachments.publishedDownload(slug, attachmentId);
    }

    private List<String> titles(UUID exampleId) {
        return attachments.of(exampleId).stream()
                .map(a -> a.title() + " (" + a.fileName() + ")")
                .toList();
    }
}
