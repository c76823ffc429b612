package de.mosaik.events;

/** A speaker who agreed to be named publicly. */
public record PublicSpeaker(String name, String organisation, String bio) {}
