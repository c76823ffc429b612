package de.mosaik.programmes.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A programme's participants (rows) against its modules (columns). */
public record ProgressMatrix(Programme programme, List<Module> modules, List<PersonProgress> rows) {

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
                modules,
                rows.stream().filter(r -> r.complete() == complete).toList());
    }
}
