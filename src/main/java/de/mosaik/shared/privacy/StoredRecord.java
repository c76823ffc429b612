package de.mosaik.shared.privacy;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One stored row about a person, column name to value, as it appears in the access export. */
public record StoredRecord(String table, Map<String, @Nullable Object> fields) {}
