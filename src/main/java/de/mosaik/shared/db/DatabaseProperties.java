package de.mosaik.shared.db;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the database is. Without {@code url} the application starts an embedded PostgreSQL whose
 * files live in {@code embeddedDataDirectory} (empty: a temporary directory removed at shutdown) and
 * that is durable unless {@code embeddedDurable} is false.
 */
@ConfigurationProperties("mosaik.db")
public record DatabaseProperties(
        @Nullable String url,
        @Nullable String user,
        @Nullable String password,
        @Nullable String embeddedDataDirectory,
        @Nullable Duration connectionTimeout,
        @Nullable Boolean embeddedDurable) {

    private static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(5);

    @Override
    public Duration connectionTimeout() {
        return connectionTimeout == null ? DEFAULT_CONNECTION_TIMEOUT : connectionTimeout;
    }

    /**
     * Whether the embedded PostgreSQL writes every commit to disk before acknowledging it (fsync,
     * synchronous commits). On unless switched off, as the test profile does for speed: a KI that
     * runs on the default must not lose acknowledged registrations in a power cut.
     */
    public boolean durable() {
        return embeddedDurable == null || embeddedDurable;
    }

    public boolean external() {
        return url != null && !url.isBlank();
    }
}
