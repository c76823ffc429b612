package de.mosaik.practice.domain;

import java.time.Instant;

/** A newly published or changed practice example, as the library's Atom feed lists it (German). */
public record FeedEntry(String slug, String title, String summary, Instant publishedAt, Instant updatedAt) {

    public String path() {
        return "/praxisbeispiele/" + slug;
    }
}
