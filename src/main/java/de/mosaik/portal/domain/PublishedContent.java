package de.mosaik.portal.domain;

import de.mosaik.portal.PortalTexts;
import de.mosaik.shared.text.BerlinTime;
import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.translation.TranslationSet;
import de.mosaik.shared.translation.Translations;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portal's content as the public may read it, for the JSON API: only what is published and due, each
 * text in the requested language where a current published translation exists and German otherwise. Unlike
 * the public pages, any language the tenant translates into may be asked for, not only the UI languages.
 */
@Service
public class PublishedContent {

    /** News older than the newest hundred current ones are not listed; they are rarely still current. */
    public static final int NEWS_LISTED = 100;

    private final PageService pages;
    private final NewsService news;
    private final OfferService offers;
    private final PortalPlaceService places;
    private final ContactService contacts;
    private final Translations translations;

    PublishedContent(
            PageService pages,
            NewsService news,
            OfferService offers,
            PortalPlaceService places,
            ContactService contacts,
            Translations translations) {
        this.pages = pages;
        this.news = news;
        this.offers = offers;
        this.places = places;
        this.contacts = contacts;
        this.translations = translations;
    }

    /** An item with its texts as the requested language gets them. */
    public record Shown<T>(T item, ShownTexts texts) {}

    /** A public page with the public pages above and below it, the offers in its field and its contacts. */
    public record ShownPage(
            Shown<Page> page,
            List<Shown<Page>> ancestors,
            List<Shown<Page>> children,
            List<Shown<Offer>> offers,
            List<PublicContact> contacts) {}

    /** Every public page, in reading order (a field of work, then the pages below it). */
    @Transactional(readOnly = true)
    public List<Shown<Page>> pages(UUID tenantId, ContentLanguage language) {
        var tree = pages.tree(tenantId);
        var now = Instant.now();
        var shown = tree.outline().stream()
                .map(PageTree.Entry::page)
                .filter(p -> tree.isPublic(p, now))
                .toList();
        return shownPages(tenantId, shown, language);
    }

    @Transactional(readOnly = true)
    public Optional<ShownPage> page(UUID tenantId, String slug, ContentLanguage language) {
        var tree = pages.tree(tenantId);
        var now = Instant.now();
        var found = tree.bySlug(slug).filter(p -> tree.isPublic(p, now));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var page = found.get();
        var ancestors = tree.ancestors(page);
        var children = tree.publicChildren(page.id(), now);
        var all = new LinkedHashSet<Page>();
        all.add(page);
        all.addAll(ancestors);
        all.addAll(children);
        var texts = load(tenantId, PortalTexts.PAGE, all, Page::id);
        Function<Page, Shown<Page>> show = p -> new Shown<>(p, ShownTexts.of(texts, p.id(), pageTexts(p), language));
        return Optional.of(new ShownPage(
                show.apply(page),
                ancestors.stream().map(show).toList(),
                children.stream().map(show).toList(),
                shownOffers(tenantId, offers.inField(tenantId, page.id(), today()), language),
                contacts(tenantId, pages.contactIds(tenantId, page.id()), language)));
    }

    /** The published offers running today, by title. */
    @Transactional(readOnly = true)
    public List<Shown<Offer>> offers(UUID tenantId, ContentLanguage language) {
        return shownOffers(tenantId, offers.current(tenantId, today()), language);
    }

    /** A published offer, as its public page shows it: also outside its period, which the page says. */
    @Transactional(readOnly = true)
    public Optional<Shown<Offer>> offer(UUID tenantId, String slug, ContentLanguage language) {
        return offers.bySlug(tenantId, slug)
                .filter(Offer::published)
                .map(o -> shownOffers(tenantId, List.of(o), language).get(0));
    }

    /** The tenant's places (all of them are public), by name. */
    @Transactional(readOnly = true)
    public List<Shown<PortalPlace>> places(UUID tenantId, ContentLanguage language) {
        return shownPlaces(tenantId, places.all(tenantId), language);
    }

    @Transactional(readOnly = true)
    public Optional<Shown<PortalPlace>> place(UUID tenantId, String slug, ContentLanguage language) {
        return places.bySlug(tenantId, slug)
                .map(p -> shownPlaces(tenantId, List.of(p), language).get(0));
    }

    @Transactional(readOnly = true)
    public Optional<Shown<PortalPlace>> place(UUID tenantId, UUID id, ContentLanguage language) {
        return places.byId(tenantId, id)
                .map(p -> shownPlaces(tenantId, List.of(p), language).get(0));
    }

    /** The published offers at a place that run today. */
    @Transactional(readOnly = true)
    public List<Shown<Offer>> offersAt(UUID tenantId, UUID placeId, ContentLanguage language) {
        return shownOffers(tenantId, offers.atPlace(tenantId, placeId, today()), language);
    }

    /**
     * The contacts the public sees: those named on a public page, a published offer or a place, by name. A
     * contact no public page names stays in the back office.
     */
    @Transactional(readOnly = true)
    public List<PublicContact> contacts(UUID tenantId, ContentLanguage language) {
        var named = new LinkedHashSet<UUID>();
        var tree = pages.tree(tenantId);
        var now = Instant.now();
        tree.outline().stream()
                .map(PageTree.Entry::page)
                .filter(p -> tree.isPublic(p, now))
                .forEach(p -> named.addAll(pages.contactIds(tenantId, p.id())));
        offers.all(tenantId).stream()
                .filter(Offer::published)
                .forEach(o -> named.addAll(o.details().contactIds()));
        places.all(tenantId).forEach(p -> named.addAll(p.details().contactIds()));
        return contacts(tenantId, named, language).stream()
                .sorted(java.util.Comparator.comparing(c -> c.contact().name(), String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** The tenant's contacts with these ids, in their order; ids of other tenants are left out. */
    @Transactional(readOnly = true)
    public List<PublicContact> contacts(UUID tenantId, Collection<UUID> ids, ContentLanguage language) {
        var found = contacts.byIds(tenantId, ids);
        var texts = load(tenantId, PortalTexts.CONTACT, found, Contact::id);
        return found.stream()
                .map(c ->
                        new PublicContact(c, ShownTexts.of(texts, c.id(), ContactService.texts(c.details()), language)))
                .toList();
    }

    /** The news public today, the newest first. */
    @Transactional(readOnly = true)
    public List<Shown<News>> news(UUID tenantId, ContentLanguage language) {
        return shownNews(tenantId, news.current(tenantId, today(), NEWS_LISTED), language);
    }

    @Transactional(readOnly = true)
    public Optional<Shown<News>> newsItem(UUID tenantId, String slug, ContentLanguage language) {
        return news.bySlug(tenantId, slug)
                .filter(n -> n.publicOn(today()))
                .map(n -> shownNews(tenantId, List.of(n), language).get(0));
    }

    /** The public pages with these ids, e.g. the fields of work offers name; others are left out. */
    @Transactional(readOnly = true)
    public Map<UUID, Shown<Page>> pagesById(UUID tenantId, ContentLanguage language) {
        return pages(tenantId, language).stream()
                .collect(java.util.stream.Collectors.toMap(s -> s.item().id(), s -> s));
    }

    private List<Shown<Page>> shownPages(UUID tenantId, List<Page> shown, ContentLanguage language) {
        var texts = load(tenantId, PortalTexts.PAGE, shown, Page::id);
        return shown.stream()
                .map(p -> new Shown<>(p, ShownTexts.of(texts, p.id(), pageTexts(p), language)))
                .toList();
    }

    private List<Shown<Offer>> shownOffers(UUID tenantId, List<Offer> shown, ContentLanguage language) {
        var texts = load(tenantId, PortalTexts.OFFER, shown, Offer::id);
        return shown.stream()
                .map(o -> new Shown<>(o, ShownTexts.of(texts, o.id(), OfferService.texts(o.details()), language)))
                .toList();
    }

    private List<Shown<PortalPlace>> shownPlaces(UUID tenantId, List<PortalPlace> shown, ContentLanguage language) {
        var texts = load(tenantId, PortalTexts.PLACE, shown, PortalPlace::id);
        return shown.stream()
                .map(p -> new Shown<>(p, ShownTexts.of(texts, p.id(), PortalPlaceService.texts(p.details()), language)))
                .toList();
    }

    private List<Shown<News>> shownNews(UUID tenantId, List<News> shown, ContentLanguage language) {
        var texts = load(tenantId, PortalTexts.NEWS, shown, News::id);
        return shown.stream()
                .map(n -> new Shown<>(
                        n,
                        ShownTexts.of(
                                texts,
                                n.id(),
                                Map.of(
                                        PortalTexts.TITLE, n.title(),
                                        PortalTexts.SUMMARY, n.teaser(),
                                        PortalTexts.BODY, n.body()),
                                language)))
                .toList();
    }

    private static Map<String, String> pageTexts(Page p) {
        return Map.of(PortalTexts.TITLE, p.title(), PortalTexts.SUMMARY, p.summary(), PortalTexts.BODY, p.body());
    }

    private <T> TranslationSet load(UUID tenantId, String kind, Collection<T> items, Function<T, UUID> id) {
        return translations.load(
                tenantId, kind, items.stream().map(id).distinct().toList());
    }

    private static LocalDate today() {
        return LocalDate.now(BerlinTime.ZONE);
    }
}
