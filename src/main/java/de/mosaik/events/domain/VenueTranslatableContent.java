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

/** The venues' notes on accessibility for the translation work: the only venue text the public pages translate. */
@Component
@Transactional(readOnly = true)
class VenueTranslatableContent extends TranslatableContentQuery {

    private static final String SELECT = """
            select id, name, accessibility_notes from events.venue
            where tenant_id = :tenant and accessibility_notes <> '' %s
            order by name
            """;

    VenueTranslatableContent(JdbcClient jdbc) {
        super(jdbc, SELECT, "and id = :id", EventTexts.VENUE, "events.translatable.venue");
    }

    @Override
    public @Nullable String fieldLabelKey(String field) {
        return field.equals(EventTexts.ACCESSIBILITY_NOTES) ? "events.translatable.field.accessibilityNotes" : null;
    }

    @Override
    TranslatableItem item(ResultSet rs, int row) throws SQLException {
        var id = rs.getObject("id", UUID.class);
        var fields = new ArrayList<SourceText>();
        add(fields, EventTexts.ACCESSIBILITY_NOTES, rs.getString("accessibility_notes"), false);
        return new TranslatableItem(id, rs.getString("name"), fields, "/orte/" + id);
    }
}
