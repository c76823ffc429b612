package de.mosaik.privacy.domain;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.postgresql.util.PGobject;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns what JDBC returns into values a person can read in JSON and PDF: instants as ISO text,
 * stored JSON as a tree instead of an escaped string, binary content as Base64.
 */
final class AccessExportValues {

    private final JsonMapper json;

    AccessExportValues(JsonMapper json) {
        this.json = json;
    }

    @Nullable
    Object plain(@Nullable Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant().toString();
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (value instanceof PGobject o) {
            var isJson = o.getType() != null && o.getType().startsWith("json") && o.getValue() != null;
            return isJson ? json.readTree(o.getValue()) : o.getValue();
        }
        if (value instanceof byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
        if (value instanceof Array array) {
            return array(array);
        }
        // UUIDs, java.time values and anything else read best as their text.
        return value.toString();
    }

    private String array(Array array) {
        try {
            return Arrays.toString((Object[]) array.getArray());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read an array column", e);
        }
    }
}
