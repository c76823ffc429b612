package de.mosaik.benchmark;

import java.util.Map;
import java.util.UUID;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The baseline of the registration burst: the same stack (Spring MVC, security filters, JSON, JDBC
 * pool, PostgreSQL) doing the least a registration must do — claim a seat with one conditional
 * update and insert one row, in one transaction. Its tables ({@link #SCHEMA}) are created by the
 * benchmark, not by a migration.
 */
@TestConfiguration
class BareRegistrationEndpoint {

    static final String SCHEMA = """
            create schema if not exists benchmark_bare;
            create table if not exists benchmark_bare.event (
                id uuid primary key, capacity int not null, taken int not null default 0);
            create table if not exists benchmark_bare.registration (
                id uuid primary key default gen_random_uuid(), event_id uuid not null references benchmark_bare.event,
                email text not null, seated boolean not null, created_at timestamptz not null default now());
            """;

    @RestController
    static class BareRegistrationController {

        private final JdbcClient jdbc;
        private final TransactionTemplate transaction;

        BareRegistrationController(JdbcClient jdbc, TransactionTemplate transaction) {
            this.jdbc = jdbc;
            this.transaction = transaction;
        }

        // Under /api like the real registration API, so that the same filters (no CSRF, CORS) apply.
        @PostMapping("/api/benchmark/bare/{event}/registrations")
        ResponseEntity<Map<String, Object>> register(@PathVariable UUID event, @RequestBody Map<String, Object> body) {
            var seated = transaction.execute(status -> {
                int claimed = jdbc.sql(
                                "update benchmark_bare.event set taken = taken + 1 where id = ? and taken < capacity")
                        .param(event)
                        .update();
                jdbc.sql("insert into benchmark_bare.registration (event_id, email, seated) values (?, ?, ?)")
                        .params(event, String.valueOf(body.get("email")), claimed == 1)
                        .update();
                return claimed == 1;
            });
            return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("seated", seated));
        }
    }
}
