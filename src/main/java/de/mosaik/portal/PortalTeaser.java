package de.mosaik.portal;

import de.mosaik.shared.translation.ShownText;

/**
 * An offer or a place as a start page section lists it: its title and a short text in the page's
 * language (German where not translated, see {@link ShownText}) and the path of its page.
 */
public record PortalTeaser(ShownText title, ShownText summary, String path) {}
