package de.mosaik.portal;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Writes a tenant's portal content from outside the back office, e.g. the demo data. The German text is
 * the source; translations go through {@code Translations} with the keys of {@link PortalTexts}.
 */
public interface PortalContent {

    /** A published page under {@code parentId} (null: a field of work), placed after its siblings. */
    UUID createPage(UUID tenantId, @Nullable UUID parentId, PageText text, @Nullable LocalDate reviewOn, Editor editor);

    /** Replaces the German text of a page, as an editor does; its translations become outdated. */
    void changePage(UUID tenantId, UUID pageId, PageText text, Editor editor);

    /** A news item public from {@code publishedOn} through {@code expiresOn} (null: without expiry). */
    UUID createNews(UUID tenantId, NewsText text, LocalDate publishedOn, @Nullable LocalDate expiresOn, Editor editor);

    /** Offers the tenant's published page to the other tenants (ADR 0019). */
    void offerPage(UUID tenantId, UUID pageId);

    /**
     * Takes over another tenant's offered page as a top-level page with the address {@code slug}: as a live copy
     * that follows the original, or as an independent copy. Returns the new page's id.
     */
    UUID takeOverPage(UUID tenantId, UUID originPageId, boolean live, String slug, Editor editor);

    /** The German text of a page: {@code slug} names it in its public address. */
    record PageText(String slug, String title, String summary, String body) {}

    record NewsText(String slug, String title, String teaser, String body) {}

    /** Who made a change, as the page's history shows it. */
    record Editor(@Nullable UUID accountId, String name) {}
}
