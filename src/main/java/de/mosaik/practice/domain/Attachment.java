package de.mosaik.practice.domain;

import java.time.Instant;
import java.util.UUID;

/** A file attached to a practice example, without its content: what the lists and the API show. */
public record Attachment(
        UUID id,
        UUID exampleId,
        String title,
        String fileName,
        String contentType,
        int sizeBytes,
        String sha256,
        String uploadedByName,
        Instant uploadedAt) {

    /** The size for people: "230 KB", "1,4 MB" (at least 1 KB). */
    public String size(java.util.Locale locale) {
        if (sizeBytes < 1024 * 1024) {
            return Math.max(1, Math.round(sizeBytes / 1024.0)) + " KB";
        }
        return String.format(locale, "%.1f MB", sizeBytes / (1024.0 * 1024.0));
    }

    /** The kind of file as its extension says it, upper case: "PDF", "DOCX", "PNG". */
    public String kind() {
        var dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toUpperCase(java.util.Locale.ROOT);
    }

    /** The public download's path under the published example's address. */
    public String publicPath(String exampleSlug) {
        return "/praxisbeispiele/" + exampleSlug + "/anhaenge/" + id;
    }

    /** An attachment with its content, for the download. */
    public record Stored(Attachment attachment, byte[] content) {}
}
