package de.mosaik.portal.media.domain;

/** One stored width of an image: the re-encoded original or a scaled copy. */
public record Rendition(int width, int height, byte[] bytes) {}
