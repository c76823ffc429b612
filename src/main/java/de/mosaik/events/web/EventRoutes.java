package de.mosaik.events.web;

/** Paths of the events back office, below {@code /verwaltung/{slug}}. */
final class EventRoutes {

    static final String BASE = "/verwaltung/{slug}";
    static final String EVENTS = "/veranstaltungen";
    static final String EVENT = EVENTS + "/{id}";
    static final String VENUES = "/orte";
    static final String SPEAKERS = "/referierende";
    static final String VOCABULARY = "/begriffe";

    private EventRoutes() {}
}
