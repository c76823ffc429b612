package de.mosaik.portal.domain;

import de.mosaik.portal.PortalContent.Editor;
import de.mosaik.portal.PortalTexts;
import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.translation.TranslationSet;
import de.mosaik.shared.translation.TranslationStatus;
import de.mosaik.shared.translation.Translations;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pages shared between tenants (ADR 0019). A tenant offers a published page; the other tenants see it in a
 * catalogue and take it over either as a live copy, whose public page shows the origin's current published
 * text and translations, or as an independent copy, whose texts and published translations are copied once.
 * Only offered, published pages of other tenants are ever read here, never an origin's drafts, and nothing
 * here writes to another tenant's page.
 */
@Service
public class SharedPages {

    private static final String OFFERED_ORIGIN = """
            o.offered and o.status = 'PUBLISHED' and (o.publish_at is null or o.publish_at <= now())
            """;

    private final JdbcClient jdbc;
    private final PageService pages;
    private final LiveCopies liveCopies;
    private final Translations translations;

    SharedPages(JdbcClient jdbc, PageService pages, LiveCopies liveCopies, Translations translations) {
        this.jdbc = jdbc;
        this.pages = pages;
        this.liveCopies = liveCopies;
        this.translations = translations;
    }

    /** How offering or withdrawing a page ended. */
    public enum OfferOutcome {
        DONE,
        NOT_FOUND,
        /** Only a published page can be offered. */
        NOT_PUBLISHED,
        /** A live copy is another tenant's page; only its origin can offer it. */
        LIVE_COPY
    }

    /** How taking over a page ended. */
    public enum TakeOverOutcome {
        DONE,
        /** The page is not (or no longer) offered by another tenant. */
        NOT_OFFERED,
        /** The tenant already holds a copy of it: the result names that copy. */
        ALREADY_TAKEN,
        SLUG_TAKEN,
        BAD_PARENT
    }

    /** The outcome and, when done or already taken, the tenant's copy. */
    public record TakeOverResult(
            TakeOverOutcome outcome, @Nullable UUID pageId) {}

    /** What the taking tenant chose: live or independent, where the page goes in its tree, its address. */
    public record TakeOver(boolean live, @Nullable UUID parentId, String slug) {}

    /**
     * Offers the tenant's published page to the other tenants, or stops offering it. Stopping turns the
     * live copies into independent copies of the last published state, so that no taking tenant's page breaks.
     */
    @Transactional
    public OfferOutcome offer(UUID tenantId, UUID pageId, boolean offered) {
        var page = pages.byId(tenantId, pageId);
        if (page.isEmpty()) {
            return OfferOutcome.NOT_FOUND;
        }
        if (liveCopies.isLiveCopy(tenantId, pageId)) {
            return OfferOutcome.LIVE_COPY;
        }
        if (!offered) {
            if (liveCopies.offered(tenantId, pageId)) {
                liveCopies.withdraw(tenantId, page.get());
            }
            return OfferOutcome.DONE;
        }
        if (page.get().status() != PageStatus.PUBLISHED) {
            return OfferOutcome.NOT_PUBLISHED;
        }
        jdbc.sql("update portal.page set offered = true where tenant_id = ? and id = ?")
                .params(tenantId, pageId)
                .update();
        return OfferOutcome.DONE;
    }

    /** Whether the tenant offers its page {@code pageId}. */
    @Transactional(readOnly = true)
    public boolean offered(UUID tenantId, UUID pageId) {
        return liveCopies.offered(tenantId, pageId);
    }

    /** The tenant's pages it offers, for the marks in its page list. */
    @Transactional(readOnly = true)
    public List<UUID> offeredIds(UUID tenantId) {
        return jdbc.sql("select id from portal.page where tenant_id = ? and offered")
                .param(tenantId)
                .query(UUID.class)
                .list();
    }

    /** Where the tenant's pages taken over from others came from, by page id. */
    @Transactional(readOnly = true)
    public Map<UUID, PageOrigin> origins(UUID tenantId) {
        var found = jdbc.sql("""
                        select id, origin_page_id, origin_tenant_id, live_copy from portal.page
                        where tenant_id = ? and origin_tenant_id is not null
                        """)
                .param(tenantId)
                .query((rs, row) -> new PageOrigin(
                        rs.getObject("id", UUID.class),
                        rs.getObject("origin_page_id", UUID.class),
                        rs.getObject("origin_tenant_id", UUID.class),
                        "",
                        rs.getBoolean("live_copy")))
                .list();
        var names = new HashMap<UUID, String>();
        return found.stream()
                .map(o -> new PageOrigin(
                        o.pageId(),
                        o.originPageId(),
                        o.originTenantId(),
                        names.computeIfAbsent(o.originTenantId(), liveCopies::name),
                        o.live()))
                .collect(Collectors.toMap(PageOrigin::pageId, o -> o));
    }

    public Optional<PageOrigin> origin(UUID tenantId, UUID pageId) {
        return Optional.ofNullable(origins(tenantId).get(pageId));
    }

    /** The pages other tenants offer and publish now, by title. */
    @Transactional(readOnly = true)
    public List<OfferedPage> catalogue(UUID tenantId) {
        var offered = jdbc.sql("select " + prefixed() + ", o.tenant_id as origin_tenant from portal.page o "
                        + "where o.tenant_id <> ? and " + OFFERED_ORIGIN)
                .param(tenantId)
                .query((rs, row) -> Map.entry(rs.getObject("origin_tenant", UUID.class), PageService.page(rs)))
                .list();
        var taken = taken(tenantId);
        var byTenant = offered.stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        var result = new ArrayList<OfferedPage>();
        byTenant.forEach((origin, list) -> {
            var set = translations.load(
                    origin, PortalTexts.PAGE, list.stream().map(Page::id).toList());
            var name = liveCopies.name(origin);
            for (var page : list) {
                result.add(new OfferedPage(page, origin, name, languages(set, page), taken.get(page.id())));
            }
        });
        result.sort(Comparator.comparing((OfferedPage o) -> o.page().title()).thenComparing(OfferedPage::originName));
        return result;
    }

    /** One page of the catalogue, for its preview; empty when it is the tenant's own or not offered. */
    @Transactional(readOnly = true)
    public Optional<OfferedPage> offeredPage(UUID tenantId, UUID pageId) {
        return catalogue(tenantId).stream()
                .filter(o -> o.page().id().equals(pageId))
                .findFirst();
    }

    /** The origin's published translations of an offered page, for the preview in one language. */
    @Transactional(readOnly = true)
    public TranslationSet translationsOf(OfferedPage offered) {
        return translations.load(
                offered.originTenantId(),
                PortalTexts.PAGE,
                List.of(offered.page().id()));
    }

    /**
     * Takes over an offered page of another tenant. A live copy is a page of the tenant that shows the
     * origin; an independent copy gets the origin's German and published translations (statuses and source
     * revisions kept, so current ones stay current) and is edited locally from then on.
     */
    @Transactional
    public TakeOverResult takeOver(UUID tenantId, UUID originPageId, TakeOver choice, Editor editor) {
        var offered = offeredPage(tenantId, originPageId);
        if (offered.isEmpty()) {
            return new TakeOverResult(TakeOverOutcome.NOT_OFFERED, null);
        }
        var existing = offered.get().takenAs();
        if (existing != null) {
            return new TakeOverResult(TakeOverOutcome.ALREADY_TAKEN, existing);
        }
        var origin = offered.get().page();
        var draft = new PageDraft(
                choice.parentId(),
                pages.nextPosition(tenantId, choice.parentId()),
                choice.slug(),
                origin.title(),
                origin.summary(),
                origin.body(),
                PageStatus.PUBLISHED,
                null,
                null);
        var created = pages.create(tenantId, draft, editor);
        if (created.isEmpty()) {
            var why = pages.whyNotCreated(tenantId, draft);
            return new TakeOverResult(
                    why == PageEditOutcome.SLUG_TAKEN ? TakeOverOutcome.SLUG_TAKEN : TakeOverOutcome.BAD_PARENT, null);
        }
        var id = created.get();
        var originTenant = offered.get().originTenantId();
        jdbc.sql("""
                        update portal.page set origin_page_id = ?, origin_tenant_id = ?, live_copy = ?
                        where tenant_id = ? and id = ?
                        """)
                .params(originPageId, originTenant, choice.live(), tenantId, id)
                .update();
        if (!choice.live()) {
            translations.copyPublished(originTenant, PortalTexts.PAGE, originPageId, tenantId, id);
        }
        liveCopies.noteRevision(
                tenantId,
                id,
                choice.live() ? CopyNote.TAKEN_LIVE : CopyNote.TAKEN_COPY,
                offered.get().originName(),
                editor);
        return new TakeOverResult(TakeOverOutcome.DONE, id);
    }

    /**
     * Turns the tenant's live copy into an independent copy of the origin's current published state. False
     * when {@code pageId} is no live copy of the tenant.
     */
    @Transactional
    public boolean makeIndependent(UUID tenantId, UUID pageId, Editor editor) {
        var copy = pages.byId(tenantId, pageId);
        var origin = origin(tenantId, pageId).filter(PageOrigin::live);
        if (copy.isEmpty() || origin.isEmpty()) {
            return false;
        }
        var source = publicSource(pageId, tenantId);
        // An origin that is gone or not public now leaves the copy with the German it last mirrored.
        var texts = source.map(Map.Entry::getValue).orElse(copy.get());
        liveCopies.detach(
                tenantId,
                pageId,
                texts,
                origin.get().originTenantId(),
                CopyNote.MADE_INDEPENDENT,
                origin.get().originName(),
                editor);
        return true;
    }

    /** The texts the public sees of {@code shown}, pages of the tenant: live copies read their origin. */
    @Transactional(readOnly = true)
    public SharedTexts publicTexts(UUID tenantId, Collection<Page> shown) {
        var ids = shown.stream().map(Page::id).distinct().toList();
        var local = translations.load(tenantId, PortalTexts.PAGE, ids);
        if (ids.isEmpty()) {
            return new SharedTexts(local, Map.of());
        }
        var found = jdbc.sql("select c.id as copy_id, o.tenant_id as origin_tenant, " + prefixed()
                        + " from portal.page c join portal.page o on o.id = c.origin_page_id"
                        + " where c.tenant_id = :tenant and c.live_copy and c.id in (:ids) and " + OFFERED_ORIGIN)
                .param("tenant", tenantId)
                .param("ids", ids)
                .query((rs, row) -> new Object[] {
                    rs.getObject("copy_id", UUID.class), rs.getObject("origin_tenant", UUID.class), PageService.page(rs)
                })
                .list();
        var sources = new HashMap<UUID, SharedTexts.Source>();
        var byOriginTenant = new TreeMap<UUID, List<Object[]>>();
        for (var row : found) {
            byOriginTenant
                    .computeIfAbsent((UUID) row[1], k -> new ArrayList<>())
                    .add(row);
        }
        byOriginTenant.forEach((originTenant, rows) -> {
            var set = translations.load(
                    originTenant,
                    PortalTexts.PAGE,
                    rows.stream().map(r -> ((Page) r[2]).id()).toList());
            var name = liveCopies.name(originTenant);
            for (var row : rows) {
                sources.put((UUID) row[0], new SharedTexts.Source((Page) row[2], name, set));
            }
        });
        return new SharedTexts(local, sources);
    }

    /** The tenant's live copies, which its translation overview leaves out: their translations are the origin's. */
    @Transactional(readOnly = true)
    public List<UUID> liveCopyIds(UUID tenantId) {
        return jdbc.sql("select id from portal.page where tenant_id = ? and live_copy")
                .param(tenantId)
                .query(UUID.class)
                .list();
    }

    private Optional<Map.Entry<UUID, Page>> publicSource(UUID pageId, UUID tenantId) {
        return jdbc.sql("select o.tenant_id as origin_tenant, " + prefixed()
                        + " from portal.page c join portal.page o on o.id = c.origin_page_id"
                        + " where c.tenant_id = ? and c.id = ? and " + OFFERED_ORIGIN)
                .params(tenantId, pageId)
                .query((rs, row) -> Map.entry(rs.getObject("origin_tenant", UUID.class), PageService.page(rs)))
                .optional();
    }

    private Map<UUID, UUID> taken(UUID tenantId) {
        var result = new HashMap<UUID, UUID>();
        jdbc.sql("select origin_page_id, id from portal.page where tenant_id = ? and origin_page_id is not null")
                .param(tenantId)
                .query(rs -> {
                    result.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
                });
        return result;
    }

    /** Which languages the offered page is published in: every translated text shown, or some outdated. */
    private static List<OfferedPage.LanguageState> languages(TranslationSet set, Page page) {
        var states = new TreeMap<String, Boolean>();
        var fields = Map.of(
                PortalTexts.TITLE, page.title(), PortalTexts.SUMMARY, page.summary(), PortalTexts.BODY, page.body());
        fields.forEach((field, german) -> {
            var text = set.text(page.id(), field, german);
            text.translations().forEach((language, translation) -> {
                if (translation.status() != TranslationStatus.PUBLISHED) {
                    return;
                }
                states.merge(language.code(), translation.shown(german), Boolean::logicalAnd);
            });
        });
        return states.entrySet().stream()
                .map(e -> new OfferedPage.LanguageState(new ContentLanguage(e.getKey()), e.getValue()))
                .toList();
    }

    private static String prefixed() {
        return java.util.Arrays.stream(PageService.COLUMNS.strip().split(",\\s*"))
                .map(c -> "o." + c)
                .collect(Collectors.joining(", "));
    }
}
