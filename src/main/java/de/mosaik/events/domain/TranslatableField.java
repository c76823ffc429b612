package de.mosaik.events.domain;

import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.translation.TextKey;
import de.mosaik.shared.translation.TranslatableText;
import de.mosaik.shared.translation.Translation;
import de.mosaik.shared.translation.TranslationState;
import java.util.Optional;

/**
 * One text of an event that staff translate, as the translation editor lists it: what it is
 * (message key and the name of its question or venue), where it is stored and its German text
 * with the translations.
 */
public record TranslatableField(
        String labelKey, String labelDetail, TextKey key, TranslatableText text, boolean multiline) {

    /** The form field names of this text: unique per event, safe in HTML ids and names. */
    public String id() {
        return key.ownerKind() + "_" + key.ownerId() + "_" + key.field().replace('.', '_');
    }

    public TranslationState state(ContentLanguage language) {
        return text.state(language);
    }

    public Optional<Translation> translation(ContentLanguage language) {
        return text.translation(language);
    }
}
