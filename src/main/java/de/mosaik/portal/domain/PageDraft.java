package de.mosaik.portal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What an editor sends for a page; the texts are German, checked by the form. */
public record PageDraft(
        @Nullable UUID parentId,
        int position,
        String slug,
        String title,
        String summary,
        String body,
        PageStatus status,
        @Nullable Instant publishAt,
        @Nullable LocalDate reviewOn) {}
