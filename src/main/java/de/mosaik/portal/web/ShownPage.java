package de.mosaik.portal.web;

import de.mosaik.portal.domain.PublicContact;
import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.translation.ShownText;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A public page or news item as shown: title, summary and sanitised body, each in the reader's language
 * or German with its {@code lang}; breadcrumbs above it, the pages below it and, for a field of work, the
 * current offers that name it; the contacts staff chose for it. A live copy of another tenant's page names
 * that tenant as its source.
 */
public record ShownPage(
        ShownText title,
        ShownText summary,
        String bodyHtml,
        @Nullable String bodyLang,
        boolean bodyFallback,
        List<Crumb> crumbs,
        List<ContentCard> subPages,
        List<ContentCard> offers,
        @Nullable String date,
        @Nullable String source,
        Set<ContentLanguage> languages,
        List<PublicContact> contacts) {

    /** A step of the breadcrumb trail. */
    public record Crumb(String href, ShownText title) {}
}
