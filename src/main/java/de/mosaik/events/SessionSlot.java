package de.mosaik.events;

import java.time.Instant;

/**
 * One date of an event as participants need it: when, where (venue name and address in one line,
 * empty for online-only) and, for confirmed participants only, the online link.
 */
public record SessionSlot(Instant startsAt, Instant endsAt, String place, boolean online, String onlineUrl) {}
