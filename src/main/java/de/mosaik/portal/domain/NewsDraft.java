package de.mosaik.portal.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What an editor sends for a news item; the texts are German, checked by the form. */
public record NewsDraft(
        String slug,
        String title,
        String teaser,
        String body,
        LocalDate publishedOn,
        @Nullable LocalDate expiresOn) {}
