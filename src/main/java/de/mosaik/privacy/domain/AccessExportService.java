package de.mosaik.privacy.domain;

import de.mosaik.privacy.OwnDataExport;
import de.mosaik.shared.privacy.DataSubject;
import de.mosaik.shared.privacy.PersonalDataHolder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The access export (Art. 15 DSGVO): every row every module keeps about a subject, asked from the
 * modules' holders so that a new table is covered as soon as its module claims it. Staff export a
 * whole person; the person themself exports the address they proved through a magic link.
 */
@Service
public class AccessExportService implements OwnDataExport {

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final List<PersonalDataHolder> holders;
    private final AccessExportDocument document;
    private final JdbcClient jdbc;
    private final AccessExportValues values = new AccessExportValues(JSON);

    AccessExportService(List<PersonalDataHolder> holders, AccessExportDocument document, JdbcClient jdbc) {
        this.holders = holders;
        this.document = document;
        this.jdbc = jdbc;
    }

    /** One read-only transaction, so that all tables are read as of the same moment. */
    @Transactional(readOnly = true)
    public AccessExportContent collect(UUID tenantId, String tenantName, DataSubject subject) {
        var tables = new TreeMap<String, List<Map<String, @Nullable Object>>>();
        for (var holder : holders) {
            holder.tables().forEach(table -> tables.putIfAbsent(table, new ArrayList<>()));
            for (var record : holder.export(tenantId, subject)) {
                var row = new LinkedHashMap<String, @Nullable Object>();
                record.fields().forEach((column, value) -> row.put(column, values.plain(value)));
                tables.computeIfAbsent(record.table(), t -> new ArrayList<>()).add(row);
            }
        }
        return new AccessExportContent(
                tenantId,
                tenantName,
                Instant.now(),
                subject.emails().stream().sorted().toList(),
                tables);
    }

    public byte[] json(AccessExportContent content) {
        var root = new LinkedHashMap<String, Object>();
        root.put("tenant", content.tenantName());
        root.put("generatedAt", content.generatedAt().toString());
        root.put("emails", content.emails());
        root.put("tables", content.tables());
        return JSON.writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
    }

    public byte[] pdf(AccessExportContent content, Locale locale) {
        return document.pdf(content, locale);
    }

    @Override
    public byte[] json(UUID tenantId, String tenantName, String emailNormalized) {
        return json(collectOwn(tenantId, tenantName, emailNormalized));
    }

    @Override
    public byte[] pdf(UUID tenantId, String tenantName, String emailNormalized, Locale locale) {
        return pdf(collectOwn(tenantId, tenantName, emailNormalized), locale);
    }

    /**
     * The person's own download leaves out the merges: a merge row names the other address staff
     * joined to this one, which the magic link does not prove to be the reader's.
     */
    private AccessExportContent collectOwn(UUID tenantId, String tenantName, String emailNormalized) {
        var content = collect(tenantId, tenantName, ownSubject(tenantId, emailNormalized));
        var tables = new TreeMap<>(content.tables());
        tables.remove(PersonMergePersonalData.MERGES);
        return new AccessExportContent(
                content.tenantId(), content.tenantName(), content.generatedAt(), content.emails(), tables);
    }

    /**
     * Only the proven address and its registrations: addresses staff merged into it belong to the
     * same person by the staff's judgement, but the link proves access to this mailbox only.
     */
    private DataSubject ownSubject(UUID tenantId, String emailNormalized) {
        var registrations = jdbc.sql(
                        "select registration_id from registration.v_person_address where tenant_id = ? and email_normalized = ?")
                .params(tenantId, emailNormalized)
                .query(UUID.class)
                .set();
        return new DataSubject(Set.of(emailNormalized), registrations);
    }
}
