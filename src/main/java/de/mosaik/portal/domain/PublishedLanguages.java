package de.mosaik.portal.domain;

import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.translation.TranslationSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The languages a piece of content is published in: German always, and every language in which at least
 * one of its texts has a published, current translation, so that its page in that language shows more than
 * the German fallback. Search engines are told about these versions only.
 */
public final class PublishedLanguages {

    private PublishedLanguages() {}

    /** {@code german} maps each translatable field of the owner to its German source. */
    public static Set<ContentLanguage> of(TranslationSet set, UUID ownerId, Map<String, String> german) {
        var languages = new HashSet<ContentLanguage>();
        languages.add(ContentLanguage.GERMAN);
        german.forEach((field, source) -> {
            if (source.isBlank()) {
                return;
            }
            var text = set.text(ownerId, field, source);
            for (var language : text.translations().keySet()) {
                if (!language.german() && !text.in(language).fallback()) {
                    languages.add(language);
                }
            }
        });
        return Set.copyOf(languages);
    }
}
