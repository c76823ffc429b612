package de.mosaik.demo;

import de.mosaik.demo.DemoHistoryPlan.Pace;
import de.mosaik.shared.text.BerlinTime;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The years before the demo programme: events held since January 2020 with several hundred
 * different people, so that the reports have something to answer — such as the Kreis Düren's
 * "about 390 persons trained from 2020 to 3 June 2024". Two of the three centres share their
 * aggregated figures with the platform, so that the platform's statistics show both cases.
 */
@Component
class DemoHistory {

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

    /** More than any tenant's history needs, so that newcomers never run out. */
    private static final int POOL = 2500;

    private static final Set<String> SHARING = Set.of("kreis-dueren", "stadt-duisburg");

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    DemoHistory(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    void seed(UUID tenantId, Instant now) {
        var slug = jdbc.sql("select slug from identity.tenant where id = ?")
                .param(tenantId)
                .query(String.class)
                .single();
        // Seeded by the slug, so that every fresh demo database tells the same history.
        var random = new Random(("history:" + slug).hashCode());
        var people = new ArrayList<>(DemoPeople.pool(DemoHistoryCatalogue.institutions(slug), random, POOL));
        var plan = new DemoHistoryPlan(random, pace(slug), people);
        var events = plan.events(now.atZone(BerlinTime.ZONE).toLocalDate());
        long start = System.nanoTime();
        new DemoHistoryWriter(batches, host(tenantId), new DemoTerms(jdbc, tenantId)).write(events);
        if (SHARING.contains(slug)) {
            jdbc.sql("""
                            insert into reporting.sharing (tenant_id, shares_figures, changed_at, changed_by_name)
                            values (?, true, ?, 'Amira Yılmaz') on conflict do nothing
                            """).params(tenantId, Timestamp.from(now)).update();
        }
        log.info(
                "Demo history of {}: {} events since 2020 in {} ms",
                slug,
                events.size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    /** A county centre, a big city's centre, and a county between them. */
    private static Pace pace(String slug) {
        return switch (slug) {
            case "stadt-duisburg" -> new Pace(14, 0.68);
            case "kreis-recklinghausen" -> new Pace(13, 0.68);
            // About 400 persons from 2020 to 3 June 2024, as the seed reports "circa 390".
            default -> new Pace(14, 0.68);
        };
    }

    private DemoHistoryWriter.Host host(UUID tenantId) {
        var venues = jdbc.sql("select id from events.venue where tenant_id = ? and active order by name")
                .param(tenantId)
                .query(UUID.class)
                .list();
        var external = jdbc.sql(
                        "select id from events.speaker where tenant_id = ? and account_id is null order by name")
                .param(tenantId)
                .query(UUID.class)
                .list();
        var trainer = jdbc.sql("""
                        select id, account_id, name from events.speaker
                         where tenant_id = ? and account_id is not null order by name limit 1
                        """)
                .param(tenantId)
                .query((rs, row) -> new DemoHistoryWriter.Trainer(
                        rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class), rs.getString("name")))
                .optional()
                .orElse(new DemoHistoryWriter.Trainer(null, null, "Referentin"));
        return jdbc.sql("""
                        select t.ki_name, t.email, t.phone,
                               coalesce((select e.contact_name from events.event e where e.tenant_id = t.id
                                          order by e.created_at limit 1), '') as contact
                          from identity.tenant t where t.id = ?
                        """)
                .param(tenantId)
                .query((rs, row) -> new DemoHistoryWriter.Host(
                        tenantId,
                        rs.getString("ki_name"),
                        rs.getString("contact"),
                        rs.getString("email"),
                        rs.getString("phone"),
                        venues,
                        trainer,
                        external))
                .single();
    }
}
