package de.mosaik.privacy.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Everything stored about a subject, collected from every holder: table name to rows, each row
 * column to a plain value (text, number, boolean, JSON tree or null), ready for JSON and PDF.
 */
public record AccessExportContent(
        UUID tenantId,
        String tenantName,
        Instant generatedAt,
        List<String> emails,
        SortedMap<String, List<Map<String, @Nullable Object>>> tables) {

    public List<Map<String, @Nullable Object>> rows(String table) {
        return tables.getOrDefault(table, List.of());
    }
}
