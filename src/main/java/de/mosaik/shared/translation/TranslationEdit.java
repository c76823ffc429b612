package de.mosaik.shared.translation;

/**
 * What staff send for one text in one language. {@code expectedVersion} is the version they saw
 * (0 when there was no translation); {@code confirmCurrent} says that an outdated translation
 * still fits the changed German and is current again without a new text.
 */
public record TranslationEdit(String text, TranslationStatus status, int expectedVersion, boolean confirmCurrent) {

    public TranslationEdit {
        text = text.replace("\r\n", "\n").strip();
    }
}
