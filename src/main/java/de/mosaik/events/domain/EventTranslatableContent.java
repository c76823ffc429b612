package de.mosaik.events.domain;

import de.mosaik.events.EventTexts;
import de.mosaik.shared.translation.SourceText;
import de.mosaik.shared.translation.TranslatableItem;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** An event's own texts for the translation work: title, summary, description (Markdown) and consent text. */
@Component
@Transactional(readOnly = true)
class EventTranslatableContent extends TranslatableContentQuery {

    private static final String SELECT = """
            select id, title, summary, description, consent_text from events.event
            where tenant_id = :tenant and status <> 'ARCHIVED' %s
            order by first_starts_at desc nulls first, title
            """;

    EventTranslatableContent(JdbcClient jdbc) {
        super(jdbc, SELECT, "and id = :id", EventTexts.EVENT, "events.translatable.event");
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

    @Override
    TranslatableItem item(ResultSet rs, int row) throws SQLException {
        var id = rs.getObject("id", UUID.class);
        var fields = new ArrayList<SourceText>();
        add(fields, EventTexts.TITLE, rs.getString("title"), false);
        add(fields, EventTexts.SUMMARY, rs.getString("summary"), false);
        add(fields, EventTexts.DESCRIPTION, rs.getString("description"), true);
        add(fields, EventTexts.CONSENT, rs.getString("consent_text"), false);
        return new TranslatableItem(id, rs.getString("title"), fields, "/veranstaltungen/" + id);
    }
}
