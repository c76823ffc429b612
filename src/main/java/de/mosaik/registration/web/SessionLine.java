package de.mosaik.registration.web;

/**
 * One session of an event as the public pages show it: {@code when} already written in the
 * reader's language, {@code startsAt} for the machine-readable time element; {@code onlineUrl}
 * is empty unless the reader is a confirmed participant.
 */
public record SessionLine(String when, String startsAt, String place, boolean online, String onlineUrl) {}
