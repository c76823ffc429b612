package de.mosaik.portal.domain;

import de.mosaik.events.EventSearch;
import de.mosaik.portal.PortalTexts;
import de.mosaik.shared.i18n.UiLanguage;
import de.mosaik.shared.text.BerlinTime;
import de.mosaik.shared.text.SafeHtml;
import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.translation.ShownText;
import de.mosaik.shared.translation.TranslationSet;
import de.mosaik.shared.translation.Translations;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The site search of a tenant's portal: its public pages, current offers, places, current news and open events,
 * each in the reader's language as the pages show it (translation if published and current, else German), ranked
 * by {@link SearchRanking}. Only what is public today is searched, and only the tenant's own.
 */
@Service
public class SiteSearch {

    /** More results than this are not shown; the visitor refines the words instead. */
    public static final int MAX_RESULTS = 30;

    /** More news than this are not searched: older ones have expired long since. */
    private static final int NEWS_SEARCHED = 500;

    private final PageService pages;
    private final OfferService offers;
    private final PortalPlaceService places;
    private final NewsService news;
    private final Translations translations;
    private final EventSearch events;
    private final SearchRanking ranking;

    SiteSearch(
            PageService pages,
            OfferService offers,
            PortalPlaceService places,
            NewsService news,
            Translations translations,
            EventSearch events,
            SearchRanking ranking) {
        this.pages = pages;
        this.offers = offers;
        this.places = places;
        this.news = news;
        this.translations = translations;
        this.events = events;
        this.ranking = ranking;
    }

    /** The public content of the tenant that matches {@code query}, the best first. */
    @Transactional(readOnly = true)
    public List<SearchHit> search(UUID tenantId, String tenantSlug, UiLanguage ui, SearchQuery query) {
        var language = ContentLanguage.of(ui);
        var documents = Stream.of(
                        pages(tenantId, tenantSlug, language),
                        offers(tenantId, tenantSlug, language),
                        places(tenantId, tenantSlug, language),
                        news(tenantId, tenantSlug, language),
                        events(tenantId, ui))
                .flatMap(List::stream)
                .toList();
        return ranking.rank(documents, query, language, MAX_RESULTS).stream()
                .map(r -> hit(documents.get(r.index()), r.snippet()))
                .toList();
    }

    private static SearchHit hit(SearchDocument d, List<SearchHit.Part> snippet) {
        boolean german = d.summary().fallback() || d.body().fallback();
        return new SearchHit(d.kind(), d.path(), d.title(), snippet, german ? "de" : null);
    }

    private List<SearchDocument> pages(UUID tenantId, String tenantSlug, ContentLanguage language) {
        var now = Instant.now();
        var tree = pages.tree(tenantId);
        var shown = tree.outline().stream()
                .map(PageTree.Entry::page)
                .filter(p -> tree.isPublic(p, now))
                .toList();
        var set = translations.load(
                tenantId, PortalTexts.PAGE, shown.stream().map(Page::id).toList());
        return shown.stream()
                .map(p -> document(
                        SearchKind.PAGE,
                        "/" + tenantSlug + "/seiten/" + p.slug(),
                        set,
                        p.id(),
                        p.title(),
                        p.summary(),
                        p.body(),
                        language))
                .toList();
    }

    private List<SearchDocument> offers(UUID tenantId, String tenantSlug, ContentLanguage language) {
        var shown = offers.current(tenantId, today());
        var set = translations.load(
                tenantId, PortalTexts.OFFER, shown.stream().map(Offer::id).toList());
        return shown.stream()
                .map(o -> document(
                        SearchKind.OFFER,
                        o.path(tenantSlug),
                        set,
                        o.id(),
                        o.title(),
                        o.details().summary(),
                        o.details().body(),
                        language))
                .toList();
    }

    private List<SearchDocument> places(UUID tenantId, String tenantSlug, ContentLanguage language) {
        var shown = places.all(tenantId);
        var set = translations.load(
                tenantId, PortalTexts.PLACE, shown.stream().map(PortalPlace::id).toList());
        return shown.stream()
                .map(p -> {
                    var d = p.details();
                    var address = Stream.of(d.street(), d.postalCode() + " " + d.city())
                            .map(String::strip)
                            .filter(s -> !s.isEmpty())
                            .collect(Collectors.joining(", "));
                    var transport = set.text(p.id(), PortalTexts.TRANSPORT_NOTE, d.transportNote())
                            .in(language);
                    // The name is not translated (it is a proper name, as on the place's page); the address and
                    // the transport note are searched too, so that "Flachsmarkt" finds the place.
                    return new SearchDocument(
                            SearchKind.PLACE,
                            p.path(tenantSlug),
                            ShownText.german(p.name()),
                            set.text(p.id(), PortalTexts.SUMMARY, d.summary()).in(language),
                            new ShownText(
                                    (address + " " + transport.text()).strip(),
                                    transport.language(),
                                    transport.fallback()));
                })
                .toList();
    }

    private List<SearchDocument> news(UUID tenantId, String tenantSlug, ContentLanguage language) {
        var shown = news.current(tenantId, today(), NEWS_SEARCHED);
        var set = translations.load(
                tenantId, PortalTexts.NEWS, shown.stream().map(News::id).toList());
        return shown.stream()
                .map(n -> document(
                        SearchKind.NEWS,
                        "/" + tenantSlug + "/aktuelles/" + n.slug(),
                        set,
                        n.id(),
                        n.title(),
                        n.teaser(),
                        n.body(),
                        language))
                .toList();
    }

    private List<SearchDocument> events(UUID tenantId, UiLanguage language) {
        var result = new ArrayList<SearchDocument>();
        for (var e : events.openEvents(tenantId, language)) {
            result.add(new SearchDocument(SearchKind.EVENT, e.path(), e.title(), e.summary(), plain(e.description())));
        }
        return result;
    }

    private static SearchDocument document(
            SearchKind kind,
            String path,
            TranslationSet set,
            UUID id,
            String title,
            String summary,
            String body,
            ContentLanguage language) {
        return new SearchDocument(
                kind,
                path,
                set.text(id, PortalTexts.TITLE, title).in(language),
                set.text(id, PortalTexts.SUMMARY, summary).in(language),
                plain(set.text(id, PortalTexts.BODY, body).in(language)));
    }

    private static ShownText plain(ShownText markdown) {
        return new ShownText(SafeHtml.plainText(markdown.text()), markdown.language(), markdown.fallback());
    }

    private static LocalDate today() {
        return LocalDate.now(BerlinTime.ZONE);
    }
}
