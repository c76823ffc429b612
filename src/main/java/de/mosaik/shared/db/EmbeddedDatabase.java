package de.mosaik.shared.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The embedded PostgreSQL, or nothing when an external database is configured. */
public final class EmbeddedDatabase implements AutoCloseable {

    private final @Nullable EmbeddedPostgres postgres;

    private EmbeddedDatabase(@Nullable EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedDatabase of(EmbeddedPostgres postgres) {
        return new EmbeddedDatabase(postgres);
    }

    static EmbeddedDatabase none() {
        return new EmbeddedDatabase(null);
    }

    /**
     * The server settings of the embedded PostgreSQL. The library starts the server with {@code -F}
     * (fsync off) and synchronous commits off; these {@code -c} settings come after that on its
     * command line and so decide. Durable means every acknowledged commit is on disk (run mode), fast skips that
     * (tests, where the database is thrown away anyway).
     */
    static Map<String, String> serverSettings(boolean durable) {
        var on = durable ? "on" : "off";
        return Map.of("fsync", on, "synchronous_commit", on, "full_page_writes", on);
    }

    public boolean running() {
        return postgres != null;
    }

    String jdbcUrl() {
        if (postgres == null) {
            throw new IllegalStateException("no embedded database");
        }
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    @Override
    public void close() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }
}
