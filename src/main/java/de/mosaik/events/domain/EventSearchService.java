package de.mosaik.events.domain;

import de.mosaik.events.CatalogueEntry;
import de.mosaik.events.EventSearch;
import de.mosaik.events.EventTexts;
import de.mosaik.shared.i18n.UiLanguage;
import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.translation.Translations;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Gives the portal's site search the open events of a tenant in three queries, whatever their number. */
@Service
@Transactional(readOnly = true)
class EventSearchService implements EventSearch {

    /** More open events than this are not searched; a tenant has a few dozen at most. */
    static final int LIMIT = 200;

    private final CatalogueService catalogue;
    private final Translations translations;
    private final JdbcClient jdbc;

    EventSearchService(CatalogueService catalogue, Translations translations, JdbcClient jdbc) {
        this.catalogue = catalogue;
        this.translations = translations;
        this.jdbc = jdbc;
    }

    @Override
    public List<SearchableEvent> openEvents(UUID tenantId, UiLanguage language) {
        var open = catalogue.next(tenantId, LIMIT);
        if (open.isEmpty()) {
            return List.of();
        }
        var ids = open.stream().map(CatalogueEntry::id).toList();
        var descriptions = descriptions(tenantId, ids);
        var texts = translations.load(tenantId, EventTexts.EVENT, ids);
        var target = ContentLanguage.of(language);
        return open.stream()
                .map(e -> new SearchableEvent(
                        e.path(),
                        texts.text(e.id(), EventTexts.TITLE, e.title()).in(target),
                        texts.text(e.id(), EventTexts.SUMMARY, e.summary()).in(target),
                        texts.text(e.id(), EventTexts.DESCRIPTION, descriptions.getOrDefault(e.id(), ""))
                                .in(target)))
                .toList();
    }

    private Map<UUID, String> descriptions(UUID tenantId, List<UUID> ids) {
        var result = new HashMap<UUID, String>();
        jdbc.sql("select id, description from events.event where tenant_id = :tenant and id in (:ids)")
                .param("tenant", tenantId)
                .param("ids", ids)
                .query(rs -> {
                    result.put(rs.getObject("id", UUID.class), rs.getString("description"));
                });
        return result;
    }
}
