package de.mosaik.shared.translation.work;

import de.mosaik.shared.translation.TranslationState;
import de.mosaik.shared.translation.TranslationStatus;
import java.util.Collection;

/**
 * Where the translation of a text or a whole item into one language stands, as the overview and the editor show
 * it. An item is as far as its weakest text: outdated when one text is, else missing when one is, else a draft
 * when one is, else published.
 */
public enum TranslationProgress {
    OUTDATED,
    MISSING,
    DRAFT,
    PUBLISHED;

    public static TranslationProgress of(TranslationState state) {
        if (state.status() == TranslationStatus.MISSING) {
            return MISSING;
        }
        if (state.outdated()) {
            return OUTDATED;
        }
        return state.status() == TranslationStatus.DRAFT ? DRAFT : PUBLISHED;
    }

    /** The progress of an item from its texts' progress; an item without texts counts as published. */
    public static TranslationProgress weakest(Collection<TranslationProgress> texts) {
        return texts.stream().min(Enum::compareTo).orElse(PUBLISHED);
    }

    /** Whether a translator still has to work on the text: it is missing or outdated. */
    public boolean toTranslate() {
        return this == OUTDATED || this == MISSING;
    }
}
