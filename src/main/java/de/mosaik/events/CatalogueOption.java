package de.mosaik.events;

import de.mosaik.shared.web.PageContext;
import org.jspecify.annotations.Nullable;

/**
 * One choice of a catalogue filter: the value sent with the form and its label, either a message
 * key (built-in terms) or a name as staff wrote it.
 */
public record CatalogueOption(String value, @Nullable String labelKey, String name) {

    public static CatalogueOption of(Term term) {
        return new CatalogueOption(
                term.id().toString(),
                term.code() == null ? null : CatalogueVocabulary.messageKey(term.kind(), term.code()),
                term.name());
    }

    public String label(PageContext ctx) {
        return labelKey == null ? name : ctx.t(labelKey);
    }
}
