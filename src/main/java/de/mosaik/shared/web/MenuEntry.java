package de.mosaik.shared.web;

/** One entry of the back-office navigation. */
public record MenuEntry(String labelKey, String href, int order) {}
