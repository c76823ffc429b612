package de.mosaik.shared.translation;

/** What staff see of one text in one language: its status and whether the German changed since. */
public record TranslationState(TranslationStatus status, boolean outdated) {

    public static final TranslationState MISSING = new TranslationState(TranslationStatus.MISSING, false);
}
