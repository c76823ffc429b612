package de.mosaik.portal.domain;

import de.mosaik.events.EventTranslations;
import de.mosaik.events.OpenEvents;
import de.mosaik.identity.TenantProfile;
import de.mosaik.portal.PortalTexts;
import de.mosaik.shared.i18n.UiLanguage;
import de.mosaik.shared.text.BerlinTime;
import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.translation.Translations;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every public address of a tenant's portal for its {@code sitemap.xml}: the start page, the lists of news
 * and offers, each public page, news item due today, current offer and place, and the events the events
 * module lists as open. Each entry names the languages it is published in and when it last changed.
 */
@Service
public class PortalSitemap {

    /** More open events than this are not on one tenant's calendar; the catalogue lists the rest. */
    static final int EVENTS = 200;

    /** News due at the same time; far more than a tenant publishes. */
    static final int NEWS = 1000;

    private final PageService pages;
    private final NewsService news;
    private final OfferService offers;
    private final PortalPlaceService places;
    private final Translations translations;
    private final OpenEvents openEvents;
    private final EventTranslations eventTexts;
    private final JdbcClient jdbc;

    PortalSitemap(
            PageService pages,
            NewsService news,
            OfferService offers,
            PortalPlaceService places,
            Translations translations,
            OpenEvents openEvents,
            EventTranslations eventTexts,
            JdbcClient jdbc) {
        this.pages = pages;
        this.news = news;
        this.offers = offers;
        this.places = places;
        this.translations = translations;
        this.openEvents = openEvents;
        this.eventTexts = eventTexts;
        this.jdbc = jdbc;
    }

    /** A public address, the languages its content is published in (German first) and its last change, if known. */
    public record Entry(
            String path,
            Set<ContentLanguage> languages,
            @Nullable Instant lastModified) {}

    @Transactional(readOnly = true)
    public List<Entry> of(TenantProfile tenant) {
        var slug = tenant.slug();
        var tenantId = tenant.id();
        var now = Instant.now();
        var today = LocalDate.now(BerlinTime.ZONE);
        var entries = new ArrayList<Entry>();

        var tree = pages.tree(tenantId);
        var shownPages = tree.outline().stream()
                .map(PageTree.Entry::page)
                .filter(p -> tree.isPublic(p, now))
                .toList();
        var pageTexts = translations.load(
                tenantId, PortalTexts.PAGE, shownPages.stream().map(Page::id).toList());
        var pageEntries = shownPages.stream()
                .map(p -> new Entry(
                        "/" + slug + "/seiten/" + p.slug(),
                        PublishedLanguages.of(pageTexts, p.id(), pageTexts(p)),
                        p.updatedAt()))
                .toList();

        var dueNews = news.current(tenantId, today, NEWS);
        var newsTexts = translations.load(
                tenantId, PortalTexts.NEWS, dueNews.stream().map(News::id).toList());
        var newsEntries = dueNews.stream()
                .map(n -> new Entry(
                        "/" + slug + "/aktuelles/" + n.slug(),
                        PublishedLanguages.of(
                                newsTexts,
                                n.id(),
                                Map.of(
                                        PortalTexts.TITLE, n.title(),
                                        PortalTexts.SUMMARY, n.teaser(),
                                        PortalTexts.BODY, n.body())),
                        n.updatedAt()))
                .toList();

        var currentOffers = offers.current(tenantId, today);
        var offerTexts = translations.load(
                tenantId,
                PortalTexts.OFFER,
                currentOffers.stream().map(Offer::id).toList());
        var offerChanges = changes("select id, updated_at from portal.offer where tenant_id = ?", tenantId);
        var offerEntries = currentOffers.stream()
                .map(o -> new Entry(
                        o.path(slug),
                        PublishedLanguages.of(offerTexts, o.id(), OfferService.texts(o.details())),
                        offerChanges.get(o.id())))
                .toList();

        var allPlaces = places.all(tenantId);
        var placeTexts = translations.load(
                tenantId,
                PortalTexts.PLACE,
                allPlaces.stream().map(PortalPlace::id).toList());
        var placeChanges = changes("select id, updated_at from portal.place where tenant_id = ?", tenantId);
        var placeEntries = allPlaces.stream()
                .map(p -> new Entry(
                        p.path(slug),
                        PublishedLanguages.of(placeTexts, p.id(), PortalPlaceService.texts(p.details())),
                        placeChanges.get(p.id())))
                .toList();

        var eventEntries = openEvents.next(tenantId, EVENTS).stream()
                .map(e -> new Entry(e.path(), eventLanguages(tenantId, e.id(), e.title()), null))
                .toList();

        var everyLanguage = everyUiLanguage();
        entries.add(new Entry(
                "/" + slug,
                everyLanguage,
                newest(Stream.of(
                                Stream.of(tenant.updatedAt()),
                                pageEntries.stream().map(Entry::lastModified),
                                newsEntries.stream().map(Entry::lastModified),
                                offerEntries.stream().map(Entry::lastModified),
                                placeEntries.stream().map(Entry::lastModified))
                        .flatMap(s -> s))));
        if (!newsEntries.isEmpty()) {
            entries.add(new Entry(
                    "/" + slug + "/aktuelles",
                    everyLanguage,
                    newest(newsEntries.stream().map(Entry::lastModified))));
        }
        entries.add(new Entry(
                "/" + slug + "/angebote",
                everyLanguage,
                newest(offerEntries.stream().map(Entry::lastModified))));
        entries.addAll(pageEntries);
        entries.addAll(newsEntries);
        entries.addAll(offerEntries);
        entries.addAll(placeEntries);
        entries.addAll(eventEntries);
        return entries;
    }

    private static Map<String, String> pageTexts(Page page) {
        return Map.of(
                PortalTexts.TITLE, page.title(), PortalTexts.SUMMARY, page.summary(), PortalTexts.BODY, page.body());
    }

    /** An event counts as published in a language when its title is translated there (a published, current text). */
    private Set<ContentLanguage> eventLanguages(UUID tenantId, UUID eventId, String germanTitle) {
        var languages = new LinkedHashSet<ContentLanguage>();
        languages.add(ContentLanguage.GERMAN);
        for (var language : UiLanguage.values()) {
            if (language != UiLanguage.DE
                    && !eventTexts
                            .title(tenantId, eventId, germanTitle, language)
                            .fallback()) {
                languages.add(ContentLanguage.of(language));
            }
        }
        return languages;
    }

    /** The start page and the lists are written in every language of the public interface. */
    private static Set<ContentLanguage> everyUiLanguage() {
        var languages = new LinkedHashSet<ContentLanguage>();
        Arrays.stream(UiLanguage.values()).map(ContentLanguage::of).forEach(languages::add);
        return languages;
    }

    /** When each row of {@code sql} (id and updated_at of the tenant's rows) last changed. */
    private Map<UUID, Instant> changes(String sql, UUID tenantId) {
        var result = new HashMap<UUID, Instant>();
        jdbc.sql(sql).param(tenantId).query(rs -> {
            result.put(
                    rs.getObject("id", UUID.class),
                    rs.getTimestamp("updated_at").toInstant());
        });
        return result;
    }

    private static @Nullable Instant newest(Stream<@Nullable Instant> moments) {
        return moments.filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }
}
