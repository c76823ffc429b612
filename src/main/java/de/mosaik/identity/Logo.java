package de.mosaik.identity;

/** A tenant's logo image as uploaded. */
public record Logo(byte[] bytes, String contentType) {}
