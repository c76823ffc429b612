package de.mosaik.practice.domain;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The facet choices of one library search as SQL conditions, one per facet with a choice, over rows that
 * name their columns {@code id, field, targets, size, state, funding, year}. A facet's values are
 * alternatives (any of them), the facets narrow each other (all of them); {@link #except} leaves one facet
 * out, so that a facet can count what the others leave. Only fixed SQL text is put together here: every value
 * is a bound array parameter.
 */
final class LibraryConditions {

    private final Map<LibraryFacet.Kind, String> conditions = new EnumMap<>(LibraryFacet.Kind.class);
    private final Map<String, Object> parameters = new HashMap<>();

    /**
     * @param speaking the examples that have a published translation in one of the languages ticked (German is
     *     the source of every example, so ticking it lets all pass)
     */
    LibraryConditions(LibraryQuery query, Collection<UUID> speaking) {
        add(LibraryFacet.Kind.FIELD, "field = any(:fields::text[])", "fields", query.fields());
        add(LibraryFacet.Kind.TARGET, "targets && :targets::text[]", "targets", query.targets());
        add(LibraryFacet.Kind.SIZE, "size = any(:sizes::text[])", "sizes", query.sizes());
        add(LibraryFacet.Kind.STATE, "state = any(:states::text[])", "states", query.states());
        add(LibraryFacet.Kind.FUNDING, "funding = any(:fundings::text[])", "fundings", query.fundings());
        add(LibraryFacet.Kind.YEAR, "year = any(:years::int[])", "years", query.years());
        if (!query.languages().isEmpty() && !query.languages().contains("de")) {
            add(LibraryFacet.Kind.LANGUAGE, "id = any(:speaking::uuid[])", "speaking", speaking);
        }
    }

    private void add(LibraryFacet.Kind kind, String condition, String parameter, Collection<?> values) {
        if (kind != LibraryFacet.Kind.LANGUAGE && values.isEmpty()) {
            return;
        }
        conditions.put(kind, condition);
        parameters.put(parameter, values.stream().map(String::valueOf).toArray(String[]::new));
    }

    /** {@code " and …"} for every facet with a choice (empty when there is none). */
    String all() {
        return except(null);
    }

    /** {@code " and …"} for every facet with a choice but {@code left}. */
    String except(LibraryFacet.@Nullable Kind left) {
        var sql = new StringBuilder();
        conditions.forEach((kind, condition) -> {
            if (kind != left) {
                sql.append(" and ").append(condition);
            }
        });
        return sql.toString();
    }

    /** The values the conditions name, by parameter. */
    Map<String, Object> parameters() {
        return Map.copyOf(parameters);
    }
}
