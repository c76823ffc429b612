package de.mosaik.portal.domain;

import de.mosaik.identity.Tenants;
import de.mosaik.portal.PortalTexts;
import de.mosaik.shared.translation.SourceText;
import de.mosaik.shared.translation.TranslatableContent;
import de.mosaik.shared.translation.TranslatableItem;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The pages' German texts for the translation overview, the editor and XLIFF, in the order of the tree. */
@Component
class PageTranslatables implements TranslatableContent {

    private final PageService pages;
    private final Tenants tenants;
    private final SharedPages shared;

    PageTranslatables(PageService pages, Tenants tenants, SharedPages shared) {
        this.pages = pages;
        this.tenants = tenants;
        this.shared = shared;
    }

    @Override
    public String ownerKind() {
        return PortalTexts.PAGE;
    }

    @Override
    public String kindLabelKey() {
        return PortalTexts.PAGE;
    }

    @Override
    public List<TranslatableItem> items(UUID tenantId) {
        var slug = tenants.byId(tenantId).map(t -> t.slug()).orElse("");
        // A live copy's translations are its origin's, made by the origin's tenant (ADR 0019).
        var liveCopies = Set.copyOf(shared.liveCopyIds(tenantId));
        return pages.tree(tenantId).outline().stream()
                .filter(entry -> !liveCopies.contains(entry.page().id()))
                .map(entry -> {
                    var page = entry.page();
                    return new TranslatableItem(
                            page.id(),
                            page.title(),
                            List.of(
                                    new SourceText(PortalTexts.TITLE, page.title(), false),
                                    new SourceText(PortalTexts.SUMMARY, page.summary(), false),
                                    new SourceText(PortalTexts.BODY, page.body(), true)),
                            "/verwaltung/" + slug + "/inhalte/seiten/" + page.id());
                })
                .toList();
    }
}
