package de.mosaik.portal.web;

import de.mosaik.shared.translation.ShownText;
import org.jspecify.annotations.Nullable;

/** A page or news item in a list: its link, title and summary in the reader's language or German. */
public record ContentCard(
        String href,
        ShownText title,
        ShownText summary,
        @Nullable String date) {}
