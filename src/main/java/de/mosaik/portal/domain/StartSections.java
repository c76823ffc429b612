package de.mosaik.portal.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The order of a tenant's start page sections, and which of them it hides. */
@Service
public class StartSections {

    private final JdbcClient jdbc;

    StartSections(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every kind once, in the tenant's order; kinds the tenant never placed follow in the default order. */
    @Transactional(readOnly = true)
    public List<StartSection> of(UUID tenantId) {
        var stored = new EnumMap<SectionKind, int[]>(SectionKind.class);
        var visible = new EnumMap<SectionKind, Boolean>(SectionKind.class);
        jdbc.sql("select kind, position, visible from portal.start_section where tenant_id = ?")
                .param(tenantId)
                .query(rs -> {
                    var kind = SectionKind.valueOf(rs.getString("kind"));
                    stored.put(kind, new int[] {rs.getInt("position")});
                    visible.put(kind, rs.getBoolean("visible"));
                });
        var kinds = new ArrayList<>(List.of(SectionKind.values()));
        kinds.sort(Comparator.comparingInt(
                (SectionKind k) -> stored.containsKey(k) ? stored.get(k)[0] : 1000 + k.ordinal()));
        return kinds.stream()
                .map(k -> new StartSection(k, visible.getOrDefault(k, true)))
                .toList();
    }

    /** Stores the order as given; kinds missing from {@code sections} keep their place after the others. */
    @Transactional
    public void save(UUID tenantId, List<StartSection> sections) {
        jdbc.sql("delete from portal.start_section where tenant_id = ?")
                .param(tenantId)
                .update();
        int position = 0;
        for (var section : sections) {
            jdbc.sql("insert into portal.start_section (tenant_id, kind, position, visible) values (?, ?, ?, ?)")
                    .params(tenantId, section.kind().name(), position++, section.visible())
                    .update();
        }
    }
}
