package de.mosaik.portal.web;

import de.mosaik.portal.PortalTexts;
import de.mosaik.portal.domain.News;
import de.mosaik.portal.domain.NewsService;
import de.mosaik.portal.domain.Page;
import de.mosaik.portal.domain.PageService;
import de.mosaik.portal.domain.PublicContentService;
import de.mosaik.portal.domain.PublishedLanguages;
import de.mosaik.portal.domain.SharedPages;
import de.mosaik.portal.domain.SharedTexts;
import de.mosaik.shared.text.BerlinTime;
import de.mosaik.shared.text.SafeHtml;
import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.translation.ShownText;
import de.mosaik.shared.translation.Translations;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The portal's content as the public sees it: only what is published and due, each text in the reader's
 * language when a current published translation exists, otherwise in German (ADR 0014).
 */
@Component
class PortalReader {

    private final PageService pages;
    private final NewsService news;
    private final Translations translations;
    private final PublicContentService content;
    private final SharedPages shared;

    PortalReader(
            PageService pages,
            NewsService news,
            Translations translations,
            PublicContentService content,
            SharedPages shared) {
        this.pages = pages;
        this.news = news;
        this.translations = translations;
        this.content = content;
        this.shared = shared;
    }

    /** The public fields of work, for the start page. */
    List<ContentCard> fieldsOfWork(UUID tenantId, String tenantSlug, ContentLanguage language) {
        var tree = pages.tree(tenantId);
        var fields = tree.publicChildren(null, Instant.now());
        var texts = shared.publicTexts(tenantId, fields);
        return fields.stream().map(p -> card(tenantSlug, p, texts, language)).toList();
    }

    Optional<ShownPage> page(UUID tenantId, String tenantSlug, String pageSlug, ContentLanguage language) {
        var now = Instant.now();
        var tree = pages.tree(tenantId);
        var found = tree.bySlug(pageSlug).filter(p -> tree.isPublic(p, now));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var page = found.get();
        var ancestors = tree.ancestors(page);
        var children = tree.publicChildren(page.id(), now);
        var texts = shared.publicTexts(
                tenantId,
                Stream.of(Stream.of(page), ancestors.stream(), children.stream())
                        .flatMap(s -> s)
                        .toList());
        var crumbs = new ArrayList<ShownPage.Crumb>();
        for (var above : ancestors) {
            crumbs.add(new ShownPage.Crumb(
                    ContentRoutes.publicPage(tenantSlug, above.slug()), texts.title(above, language)));
        }
        var body = texts.body(page, language);
        return Optional.of(new ShownPage(
                texts.title(page, language),
                texts.summary(page, language),
                SafeHtml.fromMarkdown(body.text()),
                body.lang(),
                body.fallback(),
                crumbs,
                children.stream().map(p -> card(tenantSlug, p, texts, language)).toList(),
                content.offersInField(tenantId, page.id(), language).stream()
                        .map(t -> new ContentCard(t.path(), t.title(), t.summary(), null))
                        .toList(),
                null,
                texts.sourceName(page),
                texts.publishedLanguages(page),
                content.contacts(tenantId, pages.contactIds(tenantId, page.id()), language)));
    }

    /** The news public today, the newest first. */
    List<ContentCard> news(UUID tenantId, String tenantSlug, ContentLanguage language, Locale locale, int limit) {
        var items = news.current(tenantId, today(), limit);
        var texts = translations.load(
                tenantId, PortalTexts.NEWS, items.stream().map(News::id).toList());
        return items.stream()
                .map(item -> new ContentCard(
                        ContentRoutes.publicNews(tenantSlug, item.slug()),
                        texts.text(item.id(), PortalTexts.TITLE, item.title()).in(language),
                        texts.text(item.id(), PortalTexts.SUMMARY, item.teaser())
                                .in(language),
                        date(item.publishedOn(), locale)))
                .toList();
    }

    Optional<ShownPage> newsItem(UUID tenantId, String slug, ContentLanguage language, Locale locale) {
        var item = news.bySlug(tenantId, slug).filter(n -> n.publicOn(today()));
        if (item.isEmpty()) {
            return Optional.empty();
        }
        var n = item.get();
        var texts = translations.load(tenantId, PortalTexts.NEWS, List.of(n.id()));
        var body = texts.text(n.id(), PortalTexts.BODY, n.body()).in(language);
        return Optional.of(new ShownPage(
                texts.text(n.id(), PortalTexts.TITLE, n.title()).in(language),
                texts.text(n.id(), PortalTexts.SUMMARY, n.teaser()).in(language),
                SafeHtml.fromMarkdown(body.text()),
                body.lang(),
                body.fallback(),
                List.of(),
                List.of(),
                List.of(),
                date(n.publishedOn(), locale),
                null,
                PublishedLanguages.of(texts, n.id(), newsTexts(n)),
                List.of()));
    }

    private static Map<String, String> newsTexts(News news) {
        return Map.of(
                PortalTexts.TITLE, news.title(), PortalTexts.SUMMARY, news.teaser(), PortalTexts.BODY, news.body());
    }

    private static ContentCard card(String tenantSlug, Page page, SharedTexts texts, ContentLanguage language) {
        ShownText title = texts.title(page, language);
        ShownText summary = texts.summary(page, language);
        return new ContentCard(ContentRoutes.publicPage(tenantSlug, page.slug()), title, summary, null);
    }

    private static String date(LocalDate day, Locale locale) {
        return BerlinTime.date(BerlinTime.startOf(day), locale);
    }

    static LocalDate today() {
        return LocalDate.now(BerlinTime.ZONE);
    }
}
