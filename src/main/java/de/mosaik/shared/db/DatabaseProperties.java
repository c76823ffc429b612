package de.mosaik.shared.db;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the database is. Without {@code url} the application starts an embedded PostgreSQL whose
 * files live in {@code embeddedDataDirectory} (empty: a temporary directory removed at shutdown).
 */
@ConfigurationProperties("mosaik.db")
public record DatabaseProperties(
        @Nullable String url,
        @Nullable String user,
        @Nullable String password,
        @Nullable String embeddedDataDirectory) {

    public boolean external() {
        return url != null && !url.isBlank();
    }
}
