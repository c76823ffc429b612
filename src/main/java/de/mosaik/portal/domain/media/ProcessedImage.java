package de.mosaik.portal.domain.media;

import java.util.List;

/**
 * An upload made fit to keep: its stored content type, the size of the re-encoded original, and every
 * rendition from the narrowest to the original, each written anew without the file's metadata.
 */
public record ProcessedImage(String contentType, int width, int height, List<Rendition> renditions) {

    public ProcessedImage {
        renditions = List.copyOf(renditions);
    }

    public Rendition original() {
        return renditions.get(renditions.size() - 1);
    }
}
