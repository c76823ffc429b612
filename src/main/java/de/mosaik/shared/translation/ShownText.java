package de.mosaik.shared.translation;

import org.jspecify.annotations.Nullable;

/**
 * A text as a page shows it: the published translation into the page's language, or the German
 * source when there is none. A German fallback carries {@code lang="de"} and {@code dir="auto"},
 * so that screen readers pronounce it as German and it keeps its direction inside an Arabic page.
 */
public record ShownText(String text, ContentLanguage language, boolean fallback) {

    public static ShownText german(String text) {
        return new ShownText(text, ContentLanguage.GERMAN, false);
    }

    /** The {@code lang} attribute to set on the element, or null (no attribute) when the page's language applies. */
    public @Nullable String lang() {
        return fallback ? "de" : null;
    }

    /** The {@code dir} attribute to set on the element, or null (no attribute) when the page's direction applies. */
    public @Nullable String dir() {
        return fallback ? "auto" : null;
    }

    public boolean isBlank() {
        return text.isBlank();
    }

    @Override
    public String toString() {
        return text;
    }
}
