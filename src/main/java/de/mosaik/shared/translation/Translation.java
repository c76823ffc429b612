package de.mosaik.shared.translation;

/**
 * One stored translation of one text: its text and status, the revision of the German source it
 * was made from, and a version for optimistic locking.
 */
public record Translation(
        ContentLanguage language, String text, TranslationStatus status, String sourceRevision, int version) {

    /** Whether the German source changed since this translation was written or confirmed. */
    public boolean outdated(String currentSource) {
        return !sourceRevision.equals(SourceRevision.of(currentSource));
    }

    /** Whether the public sees this translation: published, not empty and made from the current source. */
    public boolean shown(String currentSource) {
        return status == TranslationStatus.PUBLISHED && !text.isBlank() && !outdated(currentSource);
    }
}
