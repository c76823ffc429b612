package de.mosaik.portal.web;

import de.mosaik.portal.domain.TextDiff;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A save refused because a colleague saved first: what the editor typed beside what is saved now, with who saved
 * it when, so that they can take over the saved version or save theirs over it on purpose. Only the texts that
 * differ are listed.
 *
 * @param savedVersion the version now saved; the form carries it, so that saving again replaces it deliberately
 * @param savedBy who saved it, null when the content keeps no name
 * @param savedAt when it was saved, null when the content keeps no time
 * @param reloadPath the editor with the saved version (taking it over drops what was typed)
 */
public record StaleSave(
        int savedVersion,
        @Nullable String savedBy,
        @Nullable Instant savedAt,
        String reloadPath,
        List<Field> fields) {

    /** One text in both versions, with the lines only the saved one has (removed) and only the typed one has. */
    public record Field(String labelKey, String mine, String saved, List<TextDiff.Line> diff) {}

    /** Collects the texts to compare, leaving out the ones that are the same in both. */
    static final class Builder {
        private final List<Field> fields = new ArrayList<>();

        Builder text(String labelKey, @Nullable String mine, @Nullable String saved) {
            var typed = PageForm.strip(mine);
            var current = PageForm.strip(saved);
            if (!typed.equals(current)) {
                fields.add(new Field(labelKey, typed, current, TextDiff.between(current, typed)));
            }
            return this;
        }

        StaleSave build(int savedVersion, @Nullable String savedBy, @Nullable Instant savedAt, String reloadPath) {
            return new StaleSave(savedVersion, savedBy, savedAt, reloadPath, List.copyOf(fields));
        }
    }

    static Builder compare() {
        return new Builder();
    }
}
