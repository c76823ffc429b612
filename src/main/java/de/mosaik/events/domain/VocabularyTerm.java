package de.mosaik.events.domain;

import de.mosaik.events.Term;
import de.mosaik.events.TermKind;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A term as staff maintain it: with its order, whether it is offered, and whether anything uses it. */
public record VocabularyTerm(
        UUID id, TermKind kind, @Nullable String code, String name, int position, boolean active, boolean used) {

    public Term term() {
        return new Term(id, kind, code, name);
    }
}
