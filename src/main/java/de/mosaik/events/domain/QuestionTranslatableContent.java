package de.mosaik.events.domain;

import de.mosaik.events.EventTexts;
import de.mosaik.shared.translation.SourceText;
import de.mosaik.shared.translation.TranslatableItem;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registration questions of events for the translation work: the label and each choice option, by position
 * (the registrant's answer keeps its German value, see {@link EventTexts}).
 */
@Component
@Transactional(readOnly = true)
class QuestionTranslatableContent extends TranslatableContentQuery {

    private static final String SELECT = """
            select q.id, q.event_id, q.label, q.options, e.title from events.question q
            join events.event e on e.id = q.event_id and e.tenant_id = q.tenant_id
            where q.tenant_id = :tenant and e.status <> 'ARCHIVED' %s
            order by e.first_starts_at desc nulls first, e.title, q.position
            """;

    QuestionTranslatableContent(JdbcClient jdbc) {
        super(jdbc, SELECT, "and q.id = :id", EventTexts.QUESTION, "events.translatable.question");
    }

    @Override
    public @Nullable String fieldLabelKey(String field) {
        if (field.equals(EventTexts.LABEL)) {
            return "events.translatable.field.label";
        }
        return field.startsWith("option.") ? "events.translatable.field.option" : null;
    }

    @Override
    TranslatableItem item(ResultSet rs, int row) throws SQLException {
        var fields = new ArrayList<SourceText>();
        var label = rs.getString("label");
        add(fields, EventTexts.LABEL, label, false);
        Array array = rs.getArray("options");
        var options = (String[]) array.getArray();
        for (int i = 0; i < options.length; i++) {
            add(fields, EventTexts.option(i), options[i], false);
        }
        var title = label + " (" + rs.getString("title") + ")";
        return new TranslatableItem(
                rs.getObject("id", UUID.class),
                title,
                fields,
                "/veranstaltungen/" + rs.getObject("event_id", UUID.class) + "/anmeldeeinstellungen");
    }
}
