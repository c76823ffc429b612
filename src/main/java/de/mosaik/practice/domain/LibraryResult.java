package de.mosaik.practice.domain;

import java.util.List;

/** One page of the library's results with the number of all matches and the facets. */
public record LibraryResult(LibraryQuery query, List<LibraryCard> cards, int total, List<LibraryFacet> facets) {

    public LibraryResult {
        cards = List.copyOf(cards);
        facets = List.copyOf(facets);
    }

    public int pages() {
        return Math.max(1, (total + LibraryQuery.PAGE_SIZE - 1) / LibraryQuery.PAGE_SIZE);
    }

    public boolean hasPrevious() {
        return query.page() > 1;
    }

    public boolean hasNext() {
        return query.page() < pages();
    }
}
