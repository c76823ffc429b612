package de.mosaik.shared.translation;

/**
 * Where the translation of one text into one language stands. Only a published translation that
 * is not outdated reaches the public; a draft is work in progress.
 */
public enum TranslationStatus {
    MISSING,
    DRAFT,
    PUBLISHED
}
