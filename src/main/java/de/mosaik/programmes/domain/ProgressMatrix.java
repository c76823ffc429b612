package de.mosaik.programmes.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A programme's participants (rows) against its building blocks (columns). */
public record ProgressMatrix(Programme programme, List<BuildingBlock> buildingBlocks, List<PersonProgress> rows) {

    public long completeCount() {
        return rows.stream().filter(PersonProgress::complete).count();
    }

    /** The rows of one state: {@code complete} true, false, or null for all. */
    public ProgressMatrix filtered(@Nullable Boolean complete) {
        if (complete == null) {
            return this;
        }
        return new ProgressMatrix(
                programme,
                buildingBlocks,
                rows.stream().filter(r -> r.complete() == complete).toList());
    }

    /** How many pages of {@code size} rows there are; at least one, even without rows. */
    public int pageCount(int size) {
        return Math.max(1, (rows.size() + size - 1) / size);
    }

    /** The rows of page {@code number} (from 1), which must lie between 1 and {@link #pageCount(int)}. */
    public ProgressMatrix page(int number, int size) {
        int from = Math.min(rows.size(), (number - 1) * size);
        return new ProgressMatrix(programme, buildingBlocks, rows.subList(from, Math.min(rows.size(), from + size)));
    }
}
