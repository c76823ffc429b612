package de.mosaik.networks.domain;

import de.mosaik.organisations.Organisations;
import de.mosaik.shared.privacy.DataSubject;
import de.mosaik.shared.privacy.PersonalDataHolder;
import de.mosaik.shared.privacy.StoredRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Registrations for network meetings hold a person's name and address. A tenant answers for those made for its own
 * body (the organisation linked to the tenant): it exports and erases them like its own registrations. The
 * attendance marks go with each registration (deleted with it).
 */
@Component
class MeetingPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;
    private final Organisations organisations;

    MeetingPersonalData(JdbcClient jdbc, Organisations organisations) {
        this.jdbc = jdbc;
        this.organisations = organisations;
    }

    @Override
    public Set<String> tables() {
        return Set.of("networks.meeting_registration");
    }

    @Override
    public List<StoredRecord> export(UUID tenantId, DataSubject subject) {
        var body = organisations.ofTenant(tenantId);
        if (body.isEmpty() || subject.emails().isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select r.id, mt.title, mt.starts_on, r.given_name, r.family_name, r.email, r.created_at
                          from networks.meeting_registration r
                          join networks.meeting mt on mt.id = r.meeting_id
                          join networks.member m on m.id = r.member_id
                         where m.organisation_id = ? and r.email_normalized in (:emails)
                        """.replace(":emails", placeholders(subject.emails().size())))
                .param(body.get().id())
                .params(subject.emails().toArray())
                .query((rs, row) -> {
                    var fields = new LinkedHashMap<String, Object>();
                    fields.put("id", rs.getObject("id", UUID.class));
                    fields.put("meeting", rs.getString("title"));
                    fields.put("starts_on", rs.getObject("starts_on"));
                    fields.put("given_name", rs.getString("given_name"));
                    fields.put("family_name", rs.getString("family_name"));
                    fields.put("email", rs.getString("email"));
                    fields.put("created_at", rs.getTimestamp("created_at").toInstant());
                    return new StoredRecord("networks.meeting_registration", new LinkedHashMap<>(fields));
                })
                .list();
    }

    @Override
    public void erase(UUID tenantId, DataSubject subject) {
        var body = organisations.ofTenant(tenantId);
        if (body.isEmpty() || subject.emails().isEmpty()) {
            return;
        }
        jdbc.sql("""
                        delete from networks.meeting_registration r using networks.member m
                         where m.id = r.member_id and m.organisation_id = ? and r.email_normalized in (:emails)
                        """.replace(":emails", placeholders(subject.emails().size())))
                .param(body.get().id())
                .params(subject.emails().toArray())
                .update();
    }

    private static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }
}
