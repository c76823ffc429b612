package de.mosaik.networks.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** One session of a meeting (e.g. day 1 13:00–18:00) with its agenda items in order of time. */
public record MeetingSession(
        UUID id,
        UUID meetingId,
        LocalDate day,
        LocalTime startsAt,
        LocalTime endsAt,
        String title,
        int version,
        List<AgendaItem> items) {}
