package de.mosaik.shared.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One PostgreSQL everywhere: an external server when {@code MOSAIK_DB_URL} is set, otherwise an
 * embedded one, so a fresh clone runs without installing a database.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean
    DataSource dataSource(DatabaseProperties properties, EmbeddedDatabase embedded) {
        var config = new HikariConfig();
        config.setPoolName("mosaik");
        config.setMaximumPoolSize(20);
        // While the database restarts, a request waits up to this long for a connection and then gets
        // the "try again" answer (DatabaseOutageFilter) instead of hanging for the pool's default 30 s.
        config.setConnectionTimeout(properties.connectionTimeout().toMillis());
        if (properties.external()) {
            config.setJdbcUrl(properties.url());
            config.setUsername(properties.user());
            config.setPassword(properties.password());
        } else {
            config.setJdbcUrl(embedded.jdbcUrl());
            config.setUsername("postgres");
        }
        // A database that is down later is reconnected by the pool; one that is unreachable at start stops
        // the start with the driver's message instead of an application that cannot work.
        config.setInitializationFailTimeout(1);
        return new HikariDataSource(config);
    }

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(DatabaseProperties properties) throws IOException {
        if (properties.external()) {
            return EmbeddedDatabase.none();
        }
        var builder = EmbeddedPostgres.builder().setRegisterShutdownHook(false);
        EmbeddedDatabase.serverSettings(properties.durable()).forEach(builder::setServerConfig);
        var directory = properties.embeddedDataDirectory();
        if (directory != null && !directory.isBlank()) {
            Path path = Path.of(directory).toAbsolutePath();
            Files.createDirectories(path);
            builder.setDataDirectory(path).setCleanDataDirectory(false);
        }
        try {
            var postgres = builder.start();
            log.info(
                    "Embedded PostgreSQL started on port {} (data: {}, {})",
                    postgres.getPort(),
                    directory,
                    properties.durable() ? "durable: fsync and synchronous commits" : "fast: fsync off, not durable");
            return EmbeddedDatabase.of(postgres);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(
                    "The embedded PostgreSQL could not start (" + e.getMessage() + "). "
                            + "Point Mosaik at an external PostgreSQL 15+ instead: set MOSAIK_DB_URL "
                            + "(e.g. jdbc:postgresql://localhost:5432/mosaik), MOSAIK_DB_USER and MOSAIK_DB_PASSWORD.",
                    e);
        }
    }
}
