package de.mosaik.events.domain;

import java.util.List;
import java.util.UUID;

/** What an event is about, as staff describe it; {@code description} is Markdown. */
public record EventDetails(
        String title,
        UUID formatId,
        String summary,
        String description,
        List<UUID> topicIds,
        List<UUID> targetGroupIds,
        List<String> languages,
        String contactName,
        String contactEmail,
        String contactPhone) {}
