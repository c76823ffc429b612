package de.mosaik.privacy.domain;

/** What one retention run did at one tenant, for the log and the tests. */
public record RetentionSummary(
        int registrationsErased,
        int eventsOfferedToArchive,
        int certificatesDeleted,
        int feedbackTextsCleared,
        int mailsDeleted,
        int erasureLogEntriesDeleted) {

    public boolean nothing() {
        return registrationsErased == 0
                && eventsOfferedToArchive == 0
                && certificatesDeleted == 0
                && feedbackTextsCleared == 0
                && mailsDeleted == 0
                && erasureLogEntriesDeleted == 0;
    }
}
