package de.mosaik.shared.translation;

import de.mosaik.shared.i18n.UiLanguage;
import java.util.Map;
import java.util.Optional;

/** A German source text with its translations, keyed by language. */
public record TranslatableText(String source, Map<ContentLanguage, Translation> translations) {

    public TranslatableText {
        translations = Map.copyOf(translations);
    }

    /** A text nobody has translated yet. */
    public static TranslatableText german(String source) {
        return new TranslatableText(source, Map.of());
    }

    public Optional<Translation> translation(ContentLanguage language) {
        return Optional.ofNullable(translations.get(language));
    }

    /** Where the translation into {@code language} stands. */
    public TranslationState state(ContentLanguage language) {
        return translation(language)
                .filter(t -> !t.text().isBlank())
                .map(t -> new TranslationState(t.status(), t.outdated(source)))
                .orElse(TranslationState.MISSING);
    }

    /**
     * The text for a page in {@code language}: its published, current translation, otherwise the
     * German source marked as a fallback. Outdated translations are not shown: the German may have
     * changed in substance (a consent text, a date), and the reader must not be told the old one.
     */
    public ShownText in(ContentLanguage language) {
        if (language.german()) {
            return ShownText.german(source);
        }
        return translation(language)
                .filter(t -> t.shown(source))
                .map(t -> new ShownText(t.text(), language, false))
                .orElseGet(() -> new ShownText(source, ContentLanguage.GERMAN, !source.isBlank()));
    }

    public ShownText in(UiLanguage language) {
        return in(ContentLanguage.of(language));
    }
}
