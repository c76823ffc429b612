package de.mosaik.mail.domain;

import de.mosaik.shared.privacy.DataSubject;
import de.mosaik.shared.privacy.PersonalDataHolder;
import de.mosaik.shared.privacy.StoredRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The mails the tenant sent to a person, found by the recipient address (the outbox keeps it as
 * the person typed it, hence compared normalised), with their attachments.
 */
@Component
class MailPersonalData implements PersonalDataHolder {

    /** The module's schema; table names are built from it so they never read like message keys. */
    private static final String SCHEMA = "mail";

    private static final String MAILS = SCHEMA + ".outgoing_mail";
    private static final String ATTACHMENTS = SCHEMA + ".outgoing_attachment";

    private final JdbcClient jdbc;

    MailPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> tables() {
        return Set.of(MAILS, ATTACHMENTS);
    }

    @Override
    public List<StoredRecord> export(UUID tenantId, DataSubject subject) {
        var records = new ArrayList<StoredRecord>();
        if (subject.emails().isEmpty()) {
            return records;
        }
        // A confidential mail's body holds a personal access link; the export names the mail but
        // leaves the link out, since an export may be read by others than its subject.
        jdbc.sql("""
                        select id, recipient, subject, case when confidential then null else body end as body,
                               confidential, status, occasion, created_at, sent_at
                          from mail.outgoing_mail
                         where tenant_id = :tenant and lower(btrim(recipient)) in (:emails) order by created_at
                        """)
                .param("tenant", tenantId)
                .param("emails", subject.emails())
                .query()
                .listOfRows()
                .forEach(row -> records.add(new StoredRecord(MAILS, row)));
        // The files themselves (certificates, calendar entries) are in the export of their own module.
        jdbc.sql("""
                        select a.mail_id, a.position, a.file_name, a.content_type, octet_length(a.content) as size_bytes
                          from mail.outgoing_attachment a join mail.outgoing_mail m on m.id = a.mail_id
                         where m.tenant_id = :tenant and lower(btrim(m.recipient)) in (:emails)
                         order by m.created_at, a.position
                        """)
                .param("tenant", tenantId)
                .param("emails", subject.emails())
                .query()
                .listOfRows()
                .forEach(row -> records.add(new StoredRecord(ATTACHMENTS, row)));
        return records;
    }

    @Override
    public void erase(UUID tenantId, DataSubject subject) {
        if (subject.emails().isEmpty()) {
            return;
        }
        // Attachments go with their mail (on delete cascade).
        jdbc.sql("delete from mail.outgoing_mail where tenant_id = :tenant and lower(btrim(recipient)) in (:emails)")
                .param("tenant", tenantId)
                .param("emails", subject.emails())
                .update();
    }
}
