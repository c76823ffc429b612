package de.mosaik.portal.domain;

import de.mosaik.identity.Tenants;
import de.mosaik.portal.PortalTexts;
import de.mosaik.shared.translation.SourceText;
import de.mosaik.shared.translation.TranslatableContent;
import de.mosaik.shared.translation.TranslatableItem;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The news items' German texts (title, teaser as summary, body) for the translation work, newest first. */
@Component
class NewsTranslatables implements TranslatableContent {

    private final NewsService news;
    private final Tenants tenants;

    NewsTranslatables(NewsService news, Tenants tenants) {
        this.news = news;
        this.tenants = tenants;
    }

    @Override
    public String ownerKind() {
        return PortalTexts.NEWS;
    }

    @Override
    public String kindLabelKey() {
        return PortalTexts.NEWS;
    }

    @Override
    public List<TranslatableItem> items(UUID tenantId) {
        var slug = tenants.byId(tenantId).map(t -> t.slug()).orElse("");
        return news.all(tenantId).stream()
                .map(item -> new TranslatableItem(
                        item.id(),
                        item.title(),
                        List.of(
                                new SourceText(PortalTexts.TITLE, item.title(), false),
                                new SourceText(PortalTexts.SUMMARY, item.teaser(), false),
                                new SourceText(PortalTexts.BODY, item.body(), true)),
                        "/verwaltung/" + slug + "/inhalte/aktuelles/" + item.id()))
                .toList();
    }
}
