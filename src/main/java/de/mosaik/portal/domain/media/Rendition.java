package de.mosaik.portal.domain.media;

/** One stored width of an image: the re-encoded original or a scaled copy. */
public record Rendition(int width, int height, byte[] bytes) {}
