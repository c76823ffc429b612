package de.mosaik.shared.db;

import java.time.Duration;
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
        @Nullable String embeddedDataDirectory,
        @Nullable Duration connectionTimeout) {

    private static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(5);

    @Override
    public Duration connectionTimeout() {
        return connectionTimeout == null ? DEFAULT_CONNECTION_TIMEOUT : connectionTimeout;
    }

    public boolean external() {
        return url != null && !url.isBlank();
    }
}
