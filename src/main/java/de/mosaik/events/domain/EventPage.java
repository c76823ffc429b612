package de.mosaik.events.domain;

import java.util.List;

public record EventPage(List<EventListItem> events, int page, boolean hasNext) {}
