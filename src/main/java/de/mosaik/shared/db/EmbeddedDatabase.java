package de.mosaik.shared.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
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
