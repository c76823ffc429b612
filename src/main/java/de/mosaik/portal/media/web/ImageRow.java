package de.mosaik.portal.media.web;

import de.mosaik.portal.media.domain.StoredImage;

/** An image of the library with the URL of its preview, for the back-office pages. */
public record ImageRow(StoredImage image, String preview) {}
