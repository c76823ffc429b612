package de.mosaik.practice.domain;

import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.translation.ShownText;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A practice example in the library's result list. */
public record LibraryCard(
        String slug,
        ShownText title,
        ShownText summary,
        String fieldOfWork,
        @Nullable String municipality,
        String state,
        @Nullable Integer year,
        List<ContentLanguage> languages,
        Instant publishedAt) {

    public LibraryCard {
        languages = List.copyOf(languages);
    }

    public String path() {
        return "/praxisbeispiele/" + slug;
    }
}
