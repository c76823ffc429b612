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

/** An event's own texts for the translation work: title, summary, description (Markdown) and consent text. */
@Component
@Transactional(readOnly = true)
class EventTranslatableContent implements TranslatableContent {

    private static final String SELECT = """
            select id, title, summary, description, consent_text from events.event
            where tenant_id = :tenant and status <> 'ARCHIVED' %s
            order by first_starts_at desc nulls first, title
            """;

    private final JdbcClient jdbc;

    EventTranslatableContent(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String ownerKind() {
        return EventTexts.EVENT;
    }

    @Override
    public String kindLabelKey() {
        return "events.translatable.event";
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
        return switch (field) {
            case EventTexts.TITLE -> "events.translations.field.title";
            case EventTexts.SUMMARY -> "events.translations.field.summary";
            case EventTexts.DESCRIPTION -> "events.translations.field.description";
            case EventTexts.CONSENT -> "events.translations.field.consent";
            default -> null;
        };
    }

    private TranslatableItem item(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        var id = rs.getObject("id", UUID.class);
        var fields = new ArrayList<SourceText>();
        add(fields, EventTexts.TITLE, rs.getString("title"), false);
        add(fields, EventTexts.SUMMARY, rs.getString("summary"), false);
        add(fields, EventTexts.DESCRIPTION, rs.getString("description"), true);
        add(fields, EventTexts.CONSENT, rs.getString("consent_text"), false);
        return new TranslatableItem(id, rs.getString("title"), fields, "/veranstaltungen/" + id);
    }

    /** Nothing to translate where the German is empty. */
    static void add(List<SourceText> fields, String field, @Nullable String german, boolean markdown) {
        if (german != null && !german.isBlank()) {
            fields.add(new SourceText(field, german, markdown));
        }
    }
}
