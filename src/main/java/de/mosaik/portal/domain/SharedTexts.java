package de.mosaik.portal.domain;

import de.mosaik.portal.PortalTexts;
import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.translation.ShownText;
import de.mosaik.shared.translation.TranslationSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The public texts of a set of a tenant's pages: a page's own German and translations, or, for a live copy
 * whose origin is offered and published, the origin's current German and translations (ADR 0019). Each text
 * falls back to German on its own.
 */
public final class SharedTexts {

    /** A live copy's origin as the public sees it. */
    record Source(Page origin, String originName, TranslationSet translations) {}

    private final TranslationSet local;
    private final Map<UUID, Source> sources;

    SharedTexts(TranslationSet local, Map<UUID, Source> sources) {
        this.local = local;
        this.sources = Map.copyOf(sources);
    }

    public ShownText title(Page page, ContentLanguage language) {
        return text(page, PortalTexts.TITLE, language);
    }

    public ShownText summary(Page page, ContentLanguage language) {
        return text(page, PortalTexts.SUMMARY, language);
    }

    public ShownText body(Page page, ContentLanguage language) {
        return text(page, PortalTexts.BODY, language);
    }

    /** The name of the tenant whose page a live copy shows, or null for the tenant's own pages. */
    public @Nullable String sourceName(Page page) {
        var source = sources.get(page.id());
        return source == null ? null : source.originName();
    }

    /** The languages the page is published in, those of its origin for a live copy. */
    public Set<ContentLanguage> publishedLanguages(Page page) {
        var source = sources.get(page.id());
        var shown = source == null ? page : source.origin();
        var set = source == null ? local : source.translations();
        return PublishedLanguages.of(
                set,
                shown.id(),
                Map.of(
                        PortalTexts.TITLE, shown.title(),
                        PortalTexts.SUMMARY, shown.summary(),
                        PortalTexts.BODY, shown.body()));
    }

    private ShownText text(Page page, String field, ContentLanguage language) {
        var source = sources.get(page.id());
        if (source == null) {
            return local.text(page.id(), field, german(page, field)).in(language);
        }
        var origin = source.origin();
        return source.translations()
                .text(origin.id(), field, german(origin, field))
                .in(language);
    }

    private static String german(Page page, String field) {
        return switch (field) {
            case PortalTexts.TITLE -> page.title();
            case PortalTexts.SUMMARY -> page.summary();
            default -> page.body();
        };
    }
}
