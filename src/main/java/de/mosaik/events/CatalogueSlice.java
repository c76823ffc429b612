package de.mosaik.events;

import java.util.List;

/** One page of catalogue results and how many there are in all. */
public record CatalogueSlice(List<CatalogueEntry> entries, int total, int page, int pageSize) {

    public int pages() {
        return Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }
}
