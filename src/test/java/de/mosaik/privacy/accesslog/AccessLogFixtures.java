package de.mosaik.privacy.accesslog;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads and writes access log lines of one test tenant, and requests pages the way htmx does. */
final class AccessLogFixtures {

    /** A log line as the tests compare it. */
    record Line(
            String account,
            String kind,
            String resource,
            String label,
            @Nullable String person) {}

    private final JdbcClient jdbc;

    AccessLogFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Line> lines(UUID tenantId) {
        return jdbc.sql("""
                        select account_name, kind, resource, label, person_email
                        from privacy.access_log where tenant_id = ? order by id
                        """)
                .param(tenantId)
                .query((rs, n) -> new Line(
                        rs.getString("account_name"),
                        rs.getString("kind"),
                        rs.getString("resource"),
                        rs.getString("label"),
                        rs.getString("person_email")))
                .list();
    }

    void insert(
            UUID tenantId,
            Instant at,
            @Nullable UUID accountId,
            String account,
            String kind,
            String resource,
            String label) {
        jdbc.sql("""
                        insert into privacy.access_log (tenant_id, accessed_at, account_id, account_name, kind, resource, label)
                        values (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(tenantId, Timestamp.from(at), accountId, account, kind, resource, label)
                .update();
    }

    /** A GET with the session cookie and the header htmx sends with its partial refreshes. */
    static int htmxGet(int port, String path, String sessionId) {
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                    .header("Cookie", "JSESSIONID=" + sessionId)
                                    .header("HX-Request", "true")
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
