package de.mosaik.portal.web.media;

import de.mosaik.portal.domain.media.StoredImage;

/** An image of the library with the URL of its preview, for the back-office pages. */
public record ImageRow(StoredImage image, String preview) {}
