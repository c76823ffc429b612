package de.mosaik.practice.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One facet of the library with the values the matching examples have and how many have each. */
public record LibraryFacet(Kind kind, List<Value> values) {

    public LibraryFacet {
        values = List.copyOf(values);
    }

    /**
     * The facets with their request parameter and, where their values are fixed codes, the prefix of the
     * message keys that name them (funding programmes and years are shown as they are, languages by name).
     */
    public enum Kind {
        FIELD("feld", "practice.field."),
        TARGET("zielgruppe", "practice.target."),
        SIZE("groesse", "practice.library.size."),
        STATE("land", "practice.library.state."),
        FUNDING("foerderung", null),
        YEAR("jahr", null),
        LANGUAGE("sprache", null);

        private final String parameter;
        private final @Nullable String labelPrefix;

        Kind(String parameter, @Nullable String labelPrefix) {
            this.parameter = parameter;
            this.labelPrefix = labelPrefix;
        }

        public String parameter() {
            return parameter;
        }

        public @Nullable String labelPrefix() {
            return labelPrefix;
        }

        /** The key of the facet's heading. */
        public String titleKey() {
            return "practice.library.facet." + parameter;
        }
    }

    /** A value of the facet: {@code count} examples have it given the other facets' choice. */
    public record Value(String value, long count, boolean selected) {}

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
