package de.mosaik.events;

import de.mosaik.shared.i18n.UiLanguage;
import java.util.Optional;
import java.util.UUID;

/** iCalendar files of events, for downloads, feeds and mail attachments. */
public interface EventCalendar {

    /**
     * The iCalendar file (RFC 5545, UTF-8) of one public event with one VEVENT per session; online
     * links only when {@code forParticipant}, since they are meant for confirmed participants alone.
     * Title and summary are in {@code language} where a published, current translation exists,
     * otherwise German. Empty when the event is not public (draft, archived, unknown, or its tenant
     * switched off).
     */
    Optional<byte[]> event(UUID tenantId, UUID eventId, boolean forParticipant, UiLanguage language);
}
