package de.mosaik.demo;

import de.mosaik.events.TermKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A tenant's built-in vocabulary as the demo programme needs it. The events module normally seeds
 * these terms when a tenant is created; looking them up by code and adding the missing ones keeps
 * the demo working whether or not it did, and whatever names it chose.
 */
final class DemoTerms {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("FORMAT:SCHULUNG", "Schulung"),
            Map.entry("FORMAT:FORTBILDUNG", "Fortbildung"),
            Map.entry("FORMAT:FACHTAG", "Fachtag"),
            Map.entry("FORMAT:WORKSHOP", "Workshop"),
            Map.entry("FORMAT:VORTRAG", "Vortrag"),
            Map.entry("TOPIC:OEFFNUNG", "Migrationsgesellschaftliche Öffnung"),
            Map.entry("TOPIC:DIVERSITAET", "Diversität"),
            Map.entry("TOPIC:ANTIDISKRIMINIERUNG", "Antidiskriminierung"),
            Map.entry("TOPIC:RASSISMUSKRITIK", "Rassismuskritik"),
            Map.entry("TOPIC:SPRACHSENSIBILITAET", "Sprachsensible Schulentwicklung"),
            Map.entry("TOPIC:NEUZUWANDERUNG", "Neuzuwanderung"),
            Map.entry("TOPIC:DEMOGRAFIE", "Demografischer Wandel"),
            Map.entry("TOPIC:GESUNDHEIT", "Gesundheit"),
            Map.entry("TOPIC:INTERKULTURELL", "Interkulturelle Kompetenz"),
            Map.entry("TARGET_GROUP:KREISVERWALTUNG", "Mitarbeiter*innen der Kreisverwaltung"),
            Map.entry("TARGET_GROUP:INKLUSIONSASSISTENZ", "Inklusionsassistent*innen / Integrationshelfer*innen"),
            Map.entry("TARGET_GROUP:PAED_FACHKRAEFTE", "Pädagogische Fachkräfte"),
            Map.entry("TARGET_GROUP:LEHRKRAEFTE", "Lehrkräfte"),
            Map.entry("TARGET_GROUP:SCHULSOZIALARBEIT", "Schulsozialarbeiter*innen"),
            Map.entry("TARGET_GROUP:KITA", "Kita-Fachkräfte"),
            Map.entry("TARGET_GROUP:INTEGRATIONSBEAUFTRAGTE", "Integrationsbeauftragte"),
            Map.entry("TARGET_GROUP:VERWALTUNG", "Verwaltungsmitarbeitende"),
            Map.entry("TARGET_GROUP:EHRENAMT", "Ehrenamtliche"),
            Map.entry("TARGET_GROUP:OEFFENTLICHKEIT", "Interessierte Öffentlichkeit"));

    private final JdbcClient jdbc;
    private final UUID tenantId;
    private final Map<String, UUID> known = new HashMap<>();

    DemoTerms(JdbcClient jdbc, UUID tenantId) {
        this.jdbc = jdbc;
        this.tenantId = tenantId;
    }

    UUID id(TermKind kind, String code) {
        return known.computeIfAbsent(kind + ":" + code, key -> find(kind, code, NAMES.getOrDefault(key, code)));
    }

    List<UUID> ids(TermKind kind, List<String> codes) {
        return codes.stream().map(code -> id(kind, code)).toList();
    }

    private UUID find(TermKind kind, String code, String name) {
        var existing = byCode(kind, code);
        if (existing != null) {
            return existing;
        }
        jdbc.sql("""
                        insert into events.term (id, tenant_id, kind, code, name, position)
                        values (?, ?, ?, ?, ?, (select count(*) + 1 from events.term where tenant_id = ? and kind = ?))
                        on conflict (tenant_id, kind, name) do nothing
                        """)
                .params(UUID.randomUUID(), tenantId, kind.name(), code, name, tenantId, kind.name())
                .update();
        // A staff-made term may already carry the name without the code; then that one is meant.
        return jdbc.sql("""
                        select id from events.term where tenant_id = ? and kind = ? and (code = ? or name = ?)
                        order by (code = ?) desc nulls last limit 1
                        """)
                .params(tenantId, kind.name(), code, name, code)
                .query(UUID.class)
                .single();
    }

    private @Nullable UUID byCode(TermKind kind, String code) {
        return jdbc.sql("select id from events.term where tenant_id = ? and kind = ? and code = ?")
                .params(tenantId, kind.name(), code)
                .query(UUID.class)
                .optional()
                .orElse(null);
    }
}
