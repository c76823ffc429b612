package de.mosaik.portal.domain;

import de.mosaik.portal.PortalContent;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link PortalContent} on the services the back office uses, so that both follow the same rules. */
@Service
class PortalContentService implements PortalContent {

    private final PageService pages;
    private final NewsService news;
    private final SharedPages shared;

    PortalContentService(PageService pages, NewsService news, SharedPages shared) {
        this.pages = pages;
        this.news = news;
        this.shared = shared;
    }

    @Override
    @Transactional
    public void offerPage(UUID tenantId, UUID pageId) {
        var outcome = shared.offer(tenantId, pageId, true);
        if (outcome != SharedPages.OfferOutcome.DONE) {
            throw new IllegalStateException("page not offered: " + outcome);
        }
    }

    @Override
    @Transactional
    public UUID takeOverPage(UUID tenantId, UUID originPageId, boolean live, String slug, Editor editor) {
        var result = shared.takeOver(tenantId, originPageId, new SharedPages.TakeOver(live, null, slug), editor);
        if (result.outcome() != SharedPages.TakeOverOutcome.DONE || result.pageId() == null) {
            throw new IllegalStateException("page not taken over: " + result.outcome());
        }
        return result.pageId();
    }

    @Override
    @Transactional
    public UUID createPage(
            UUID tenantId, @Nullable UUID parentId, PageText text, @Nullable LocalDate reviewOn, Editor editor) {
        var draft = new PageDraft(
                parentId,
                pages.nextPosition(tenantId, parentId),
                text.slug(),
                text.title(),
                text.summary(),
                text.body(),
                PageStatus.PUBLISHED,
                null,
                reviewOn);
        return pages.create(tenantId, draft, editor)
                .orElseThrow(() -> new IllegalArgumentException("page address taken: " + text.slug()));
    }

    @Override
    @Transactional
    public void changePage(UUID tenantId, UUID pageId, PageText text, Editor editor) {
        var page = pages.byId(tenantId, pageId).orElseThrow(() -> new IllegalArgumentException("no such page"));
        var draft = new PageDraft(
                page.parentId(),
                page.position(),
                text.slug(),
                text.title(),
                text.summary(),
                text.body(),
                page.status(),
                page.publishAt(),
                page.reviewOn());
        var outcome = pages.update(tenantId, pageId, page.version(), draft, false, editor);
        if (outcome != PageEditOutcome.DONE) {
            throw new IllegalStateException("page not changed: " + outcome);
        }
    }

    @Override
    @Transactional
    public UUID createNews(
            UUID tenantId, NewsText text, LocalDate publishedOn, @Nullable LocalDate expiresOn, Editor editor) {
        return news.create(
                        tenantId,
                        new NewsDraft(text.slug(), text.title(), text.teaser(), text.body(), publishedOn, expiresOn),
                        editor)
                .orElseThrow(() -> new IllegalArgumentException("news address taken: " + text.slug()));
    }
}
