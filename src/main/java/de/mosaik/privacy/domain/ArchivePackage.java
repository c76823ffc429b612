package de.mosaik.privacy.domain;

import de.mosaik.registration.RegistrationStatus;
import de.mosaik.shared.text.BerlinTime;
import de.mosaik.shared.text.SpreadsheetCsv;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The CSV an archivist files before an event's registrations are deleted: one row per registration
 * with one column per session (the attendance mark) and the totals. Reads the sessions, registrations
 * and marks through the views events, registration and attendance publish.
 */
@Component
class ArchivePackage {

    private final JdbcClient jdbc;
    private final MessageSource messages;

    ArchivePackage(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    private record Session(UUID id, Instant startsAt, Duration length) {}

    private record Person(UUID id, String givenName, String familyName, String institution, String status) {}

    byte[] csv(UUID tenantId, UUID eventId, Locale locale) {
        var sessions = jdbc.sql("""
                        select id, starts_at, ends_at from events.v_session
                        where tenant_id = ? and event_id = ? order by starts_at, position
                        """)
                .params(tenantId, eventId)
                .query((rs, n) -> new Session(
                        rs.getObject(1, UUID.class),
                        rs.getTimestamp(2).toInstant(),
                        Duration.between(
                                rs.getTimestamp(2).toInstant(),
                                rs.getTimestamp(3).toInstant())))
                .list();
        var people = jdbc.sql("""
                        select id, given_name, family_name, institution, status from registration.v_registration
                        where tenant_id = ? and event_id = ? order by family_name, given_name, id
                        """)
                .params(tenantId, eventId)
                .query((rs, n) -> new Person(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5)))
                .list();
        var marks = marks(tenantId, eventId);

        var header = new ArrayList<>(List.of(
                text("retention.archive.column.givenName", locale),
                text("retention.archive.column.familyName", locale),
                text("retention.archive.column.institution", locale),
                text("retention.archive.column.status", locale)));
        sessions.forEach(s -> header.add(BerlinTime.dateTime(s.startsAt(), locale)));
        header.add(text("retention.archive.column.attended", locale));
        header.add(text("retention.archive.column.hours", locale));

        var rows = new ArrayList<List<String>>();
        for (var person : people) {
            var row = new ArrayList<>(List.of(
                    person.givenName(),
                    person.familyName(),
                    person.institution(),
                    text(RegistrationStatus.valueOf(person.status()).messageKey(), locale)));
            int attended = 0;
            var time = Duration.ZERO;
            for (var session : sessions) {
                var mark = marks.get(session.id() + "/" + person.id());
                row.add(mark == null ? "" : text("retention.archive.mark." + mark, locale));
                if ("ATTENDED".equals(mark)) {
                    attended++;
                    time = time.plus(session.length());
                }
            }
            row.add(String.valueOf(attended));
            row.add(hours(time, locale));
            rows.add(row);
        }
        return SpreadsheetCsv.write(header, rows);
    }

    private Map<String, String> marks(UUID tenantId, UUID eventId) {
        var marks = new HashMap<String, String>();
        jdbc.sql(
                        "select session_id, registration_id, status from attendance.v_mark where tenant_id = ? and event_id = ?")
                .params(tenantId, eventId)
                .query(rs -> {
                    marks.put(rs.getString(1) + "/" + rs.getString(2), rs.getString(3));
                });
        return marks;
    }

    private static String hours(Duration time, Locale locale) {
        var value = BigDecimal.valueOf(time.toMinutes()).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
        var text = value.stripTrailingZeros().toPlainString();
        return "de".equals(locale.getLanguage()) ? text.replace('.', ',') : text;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    /** A file name from the event's title that every system accepts. */
    String fileName(String title, Locale locale) {
        return fileName(text("retention.archive.fileName", locale), title);
    }

    static String fileName(String prefix, String title) {
        var safe = title.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        return prefix + "-" + (safe.length() > 60 ? safe.substring(0, 60) : safe) + ".csv";
    }
}
