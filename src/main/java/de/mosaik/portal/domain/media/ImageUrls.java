package de.mosaik.portal.domain.media;

import java.util.stream.Collectors;

/**
 * Where a rendition is served: {@code /{slug}/bilder/{id}/{width}?v={hash}}. The content hash in
 * the query changes with the bytes, so a browser may keep what it fetched under the URL forever.
 */
public final class ImageUrls {

    /** The width a page without {@code sizes} hints loads: sharp on a phone, light on a desktop. */
    public static final int DEFAULT_WIDTH = 960;
    /** The width of the previews in the library and in pickers. */
    public static final int THUMBNAIL_WIDTH = 480;

    private ImageUrls() {}

    public static String of(String slug, StoredImage image, int width) {
        return "/" + slug + "/bilder/" + image.id() + "/" + width + "?v=" + version(image);
    }

    public static String srcset(String slug, StoredImage image) {
        return image.widths().stream()
                .map(w -> of(slug, image, w) + " " + w + "w")
                .collect(Collectors.joining(", "));
    }

    /** The part of the content hash a URL carries. */
    public static String version(StoredImage image) {
        return image.contentHash().substring(0, 16);
    }
}
