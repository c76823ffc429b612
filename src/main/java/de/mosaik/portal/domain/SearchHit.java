package de.mosaik.portal.domain;

import de.mosaik.shared.translation.ShownText;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A search result: what it is, where it is, its title and a short excerpt around the words found. The excerpt is
 * kept in parts, the found words marked, so that the page escapes every part and adds only its own mark-up.
 */
public record SearchHit(
        SearchKind kind,
        String path,
        ShownText title,
        List<Part> snippet,
        @Nullable String snippetLang) {

    public SearchHit {
        snippet = List.copyOf(snippet);
    }

    /** A piece of the excerpt; {@code found} when it is one of the words searched for. */
    public record Part(String text, boolean found) {}

    /** The {@code dir} attribute of the excerpt: set only when it is a German fallback. */
    public @Nullable String snippetDir() {
        return snippetLang == null ? null : "auto";
    }
}
