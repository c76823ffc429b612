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

    private static final int OCCASION_BATCH = 500;

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
        // Attachments go with their mail (on delete cascade).
        if (!subject.emails().isEmpty()) {
            jdbc.sql(
                            "delete from mail.outgoing_mail where tenant_id = :tenant and lower(btrim(recipient)) in (:emails)")
                    .param("tenant", tenantId)
                    .param("emails", subject.emails())
                    .update();
        }
        eraseByOccasion(tenantId, subject.registrationIds());
    }

    /**
     * Retention names only registrations, no addresses: the mails about them are found by their
     * occasion, which starts with the registration's id ({@code registration/<id>/…}, written by the
     * registration module) or is the feedback invitation for it. Batched so the arrays stay small.
     */
    private void eraseByOccasion(UUID tenantId, Set<UUID> registrationIds) {
        var ids = List.copyOf(registrationIds);
        for (int from = 0; from < ids.size(); from += OCCASION_BATCH) {
            var batch = ids.subList(from, Math.min(from + OCCASION_BATCH, ids.size()));
            var prefixes = batch.stream().map(id -> "registration/" + id + "/%").toArray(String[]::new);
            var invitations =
                    batch.stream().map(id -> "feedback-invitation:" + id).toArray(String[]::new);
            // The exact occasions use the unique occasion index; the prefixes stay within the tenant's mails.
            jdbc.sql("delete from mail.outgoing_mail where tenant_id = ? and occasion = any(?)")
                    .params(tenantId, invitations)
                    .update();
            jdbc.sql("delete from mail.outgoing_mail where tenant_id = ? and occasion like any(?)")
                    .params(tenantId, prefixes)
                    .update();
        }
    }
}
