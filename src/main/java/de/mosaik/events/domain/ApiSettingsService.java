package de.mosaik.events.domain;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The origins (scheme, host and port of a website) that may call a tenant's public API from a
 * browser. Everything else may still call it from a server; CORS only guards browsers.
 */
@Service
@Transactional
public class ApiSettingsService {

    /** An origin as browsers send it: https with a host name and an optional port, nothing more. */
    private static final Pattern ORIGIN =
            Pattern.compile("https://[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:[0-9]{1,5})?"
                    + "|http://localhost(:[0-9]{1,5})?");

    public static final int MAX_ORIGINS = 50;

    private final JdbcClient jdbc;

    ApiSettingsService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static boolean validOrigin(String origin) {
        return origin.length() <= 300 && ORIGIN.matcher(origin).matches();
    }

    /** Origins as an administrator typed them, one per line; browsers send them in lower case without slash. */
    public static List<String> normalise(String lines) {
        return lines.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .map(line -> line.replaceAll("/+$", "").toLowerCase(Locale.ROOT))
                .distinct()
                .toList();
    }

    @Transactional(readOnly = true)
    public List<String> allowedOrigins(UUID tenantId) {
        return jdbc.sql("select allowed_origins from events.api_settings where tenant_id = ?")
                .param(tenantId)
                .query((rs, n) -> PgArrays.strings(rs.getArray("allowed_origins")))
                .optional()
                .orElse(List.of());
    }

    public void save(UUID tenantId, List<String> origins) {
        if (origins.size() > MAX_ORIGINS || !origins.stream().allMatch(ApiSettingsService::validOrigin)) {
            throw new IllegalArgumentException("Invalid origins");
        }
        jdbc.sql("""
                        insert into events.api_settings (tenant_id, allowed_origins) values (?, ?::varchar[])
                        on conflict (tenant_id) do update set allowed_origins = excluded.allowed_origins
                        """)
                .params(
                        tenantId,
                        "{"
                                + String.join(
                                        ",",
                                        origins.stream()
                                                .map(o -> "\"" + o + "\"")
                                                .toList()) + "}")
                .update();
    }
}
