package de.mosaik.shared.translation;

import de.mosaik.shared.security.Tokens;
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
        return HexFormat.of().formatHex(Tokens.sha256(normalized), 0, 16);
    }
}
