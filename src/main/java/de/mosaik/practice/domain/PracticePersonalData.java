package de.mosaik.practice.domain;

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
 * Persons named in the practice library: an example's contact person (shown publicly only with consent) and
 * its author, with their names in the versions and reviews. The export gives a tenant's examples that name
 * the person (and the files they attached, by title and name); the erasure blanks the contact person, the
 * author's name and address, removes them from the stored version snapshots, and blanks the uploader of the
 * example's attachments (the files, a body's material, stay). Reviewers and authors are staff or delegates
 * acting for a body, named by account.
 */
@Component
class PracticePersonalData implements PersonalDataHolder {

    private static final String EXAMPLES = "practice.example";

    private static final String ATTACHMENTS = "practice.attachment";

    private final JdbcClient jdbc;

    PracticePersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> tables() {
        return Set.of(
                EXAMPLES,
                "practice.example_version",
                "practice.review",
                "practice.criterion",
                "practice.example_recommendation",
                ATTACHMENTS);
    }

    @Override
    public List<StoredRecord> export(UUID tenantId, DataSubject subject) {
        if (subject.emails().isEmpty()) {
            return List.of();
        }
        var records = new ArrayList<StoredRecord>();
        jdbc.sql("""
                        select id, slug, title, author_name, author_email, contact_name, contact_email, contact_consent,
                               status, updated_at
                          from practice.example
                         where tenant_id = :tenant
                           and (lower(contact_email) in (:emails) or lower(author_email) in (:emails))
                         order by updated_at
                        """)
                .param("tenant", tenantId)
                .param("emails", subject.emails())
                .query()
                .listOfRows()
                .forEach(row -> records.add(new StoredRecord(EXAMPLES, row)));
        // The files the person attached to the tenant's examples: their titles and names, not their content.
        jdbc.sql("""
                        select a.id, a.example_id, a.title, a.file_name, a.content_type, a.size_bytes,
                               a.uploaded_by_name, a.uploaded_at
                          from practice.attachment a
                          join practice.example e on e.id = a.example_id
                         where e.tenant_id = :tenant and lower(e.author_email) in (:emails)
                         order by a.uploaded_at
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
        jdbc.sql("""
                        update practice.example_version v
                           set snapshot = v.snapshot || jsonb_build_object('contactName', '', 'contactEmail', '')
                          from practice.example e
                         where e.id = v.example_id and e.tenant_id = :tenant
                           and lower(v.snapshot ->> 'contactEmail') in (:emails)
                        """)
                .param("tenant", tenantId)
                .param("emails", subject.emails())
                .update();
        jdbc.sql("""
                        update practice.example
                           set contact_name = '', contact_email = '', contact_consent = false
                         where tenant_id = :tenant and lower(contact_email) in (:emails)
                        """)
                .param("tenant", tenantId)
                .param("emails", subject.emails())
                .update();
        // Before the author is blanked below: the attachments are found through the author's address.
        jdbc.sql("""
                        update practice.attachment a set uploaded_by_name = '', uploaded_by = null
                          from practice.example e
                         where e.id = a.example_id and e.tenant_id = :tenant and lower(e.author_email) in (:emails)
                        """)
                .param("tenant", tenantId)
                .param("emails", subject.emails())
                .update();
        jdbc.sql("""
                        update practice.example set author_name = '', author_email = '', author_account_id = null
                         where tenant_id = :tenant and lower(author_email) in (:emails)
                        """)
                .param("tenant", tenantId)
                .param("emails", subject.emails())
                .update();
    }
}
