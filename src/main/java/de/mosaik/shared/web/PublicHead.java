package de.mosaik.shared.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a public page tells search engines and link previews in its {@code <head>}: its canonical address,
 * the same page in the other languages it is published in ({@code hreflang}, with {@code x-default} for the
 * address that picks the reader's language), Open Graph and a schema.org JSON-LD block ({@code jsonLd} is
 * serialised and escaped already, or null).
 */
public record PublicHead(
        String canonical,
        List<Alternate> alternates,
        String title,
        String description,
        String type,
        String locale,
        @Nullable String image,
        @Nullable String jsonLd) {

    public PublicHead {
        alternates = List.copyOf(alternates);
    }

    /** The page in one language: {@code hreflang} is a BCP 47 tag or {@code x-default}. */
    public record Alternate(String hreflang, String href) {}
}
