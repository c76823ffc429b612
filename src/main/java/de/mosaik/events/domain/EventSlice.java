package de.mosaik.events.domain;

import java.util.List;

public record EventSlice(List<EventListItem> events, int page, boolean hasNext) {}
