package de.mosaik.shared.translation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The revision of a German source text: a hash of its content, stored with each translation.
 * A hash instead of a counter needs no bookkeeping in the owning module, and undoing a change
 * makes the translations current again, which is what they then are.
 */
public final class SourceRevision {

    private SourceRevision() {}

    /** The revision of {@code source}; line endings and surrounding blanks do not count. */
    public static String of(String source) {
        var normalized = source.replace("\r\n", "\n").strip();
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
