package de.mosaik.practice.web;

import de.mosaik.practice.domain.LibraryFacet;
import de.mosaik.practice.domain.LibraryQuery;
import de.mosaik.shared.i18n.UiLanguage;
import java.util.TreeSet;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The stable address of a library search: every choice as a query parameter in a fixed order, so that the
 * same search always has the same address (links, bookmarks, caches). The language is kept as
 * {@code ?lang=} on every address but the German one, as the public pages do.
 */
public record LibraryAddress(LibraryQuery query, UiLanguage language) {

    public static final String PATH = "/praxisbeispiele";

    /** This search on another page of results. */
    public String page(int page) {
        var builder = base();
        if (page > 1) {
            builder.queryParam("seite", page);
        }
        return builder.build().encode().toUriString();
    }

    /** This search in another order, from its first page. */
    public String sorted(LibraryQuery.Sort sort) {
        var builder = base();
        builder.replaceQueryParam("sortierung", sort.parameter());
        return builder.build().encode().toUriString();
    }

    private UriComponentsBuilder base() {
        var builder = UriComponentsBuilder.fromPath(PATH);
        if (query.hasText()) {
            builder.queryParam("q", query.text());
        }
        add(builder, LibraryFacet.Kind.FIELD, query.fields());
        add(builder, LibraryFacet.Kind.TARGET, query.targets());
        add(builder, LibraryFacet.Kind.SIZE, query.sizes());
        add(builder, LibraryFacet.Kind.STATE, query.states());
        add(builder, LibraryFacet.Kind.FUNDING, query.fundings());
        add(
                builder,
                LibraryFacet.Kind.YEAR,
                query.years().stream().map(String::valueOf).toList());
        add(builder, LibraryFacet.Kind.LANGUAGE, query.languages());
        if (query.hasText() && query.sort() != LibraryQuery.Sort.RELEVANCE) {
            builder.queryParam("sortierung", query.sort().parameter());
        }
        if (language != UiLanguage.DE) {
            builder.queryParam("lang", language.code());
        }
        return builder;
    }

    private static void add(UriComponentsBuilder builder, LibraryFacet.Kind kind, java.util.Collection<String> values) {
        for (var value : new TreeSet<>(values)) {
            builder.queryParam(kind.parameter(), value);
        }
    }
}
