package de.mosaik.shared.translation.work;

import de.mosaik.shared.translation.TextKey;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One text in an XLIFF file: its key, the revision of the German it was exported from, whether it is Markdown,
 * the German source and the translation ({@code null} when the file has none).
 */
public record XliffUnit(
        TextKey key,
        String sourceRevision,
        boolean markdown,
        String source,
        @Nullable String target) {

    /** The unit id: owner kind, owner id and field, which are names and a UUID and so a valid NMTOKEN. */
    public String id() {
        return id(key);
    }

    static String id(TextKey key) {
        return key.ownerKind() + ":" + key.ownerId() + ":" + key.field();
    }

    /** The key named by a unit id, or null when the id is not one this export writes. */
    static @Nullable TextKey key(String id) {
        var parts = id.split(":", -1);
        if (parts.length != 3) {
            return null;
        }
        try {
            return new TextKey(parts[0], UUID.fromString(parts[1]), parts[2]);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
