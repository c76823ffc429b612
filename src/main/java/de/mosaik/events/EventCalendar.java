package de.mosaik.events;

import java.util.UUID;

/** iCalendar files of events, for downloads, feeds and mail attachments. */
public interface EventCalendar {

    /**
     * The iCalendar file (RFC 5545, UTF-8) of one event with one VEVENT per session; online links
     * only when {@code forParticipant}, since they are meant for confirmed participants alone.
     */
    byte[] event(UUID tenantId, UUID eventId, boolean forParticipant);
}
