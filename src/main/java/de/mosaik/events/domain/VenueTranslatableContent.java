package de.mosaik.events.domain;

import de.mosaik.events.EventTexts;
import de.mosaik.shared.translation.SourceText;
import de.mosaik.shared.translation.TranslatableContent;
import de.mosaik.shared.translation.TranslatableItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The venues' notes on accessibility for the translation work: the only venue text the public pages translate. */
@Component
@Transactional(readOnly = true)
class VenueTranslatableContent implements TranslatableContent {

    private static final String SELECT = """
            select id, name, accessibility_notes from events.venue
            where tenant_id = :tenant and accessibility_notes <> '' %s
            order by name
            """;

    private final JdbcClient jdbc;

    VenueTranslatableContent(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String ownerKind() {
        return EventTexts.VENUE;
    }

    @Override
    public String kindLabelKey() {
        return "events.translatable.venue";
    }

    @Override
    public List<TranslatableItem> items(UUID tenantId) {
        return jdbc.sql(SELECT.formatted(""))
                .param("tenant", tenantId)
                .query(this::item)
                .list();
    }

    @Override
    public Optional<TranslatableItem> item(UUID tenantId, UUID ownerId) {
        return jdbc.sql(SELECT.formatted("and id = :id"))
                .param("tenant", tenantId)
                .param("id", ownerId)
                .query(this::item)
                .optional();
    }

    @Override
    public @Nullable String fieldLabelKey(String field) {
        return field.equals(EventTexts.ACCESSIBILITY_NOTES) ? "events.translatable.field.accessibilityNotes" : null;
    }

    private TranslatableItem item(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        var id = rs.getObject("id", UUID.class);
        var fields = new ArrayList<SourceText>();
        EventTranslatableContent.add(
                fields, EventTexts.ACCESSIBILITY_NOTES, rs.getString("accessibility_notes"), false);
        return new TranslatableItem(id, rs.getString("name"), fields, "/orte/" + id);
    }
}
