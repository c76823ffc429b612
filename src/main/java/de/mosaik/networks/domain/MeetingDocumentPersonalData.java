package de.mosaik.networks.domain;

import de.mosaik.shared.privacy.DataSubject;
import de.mosaik.shared.privacy.PersonalDataHolder;
import de.mosaik.shared.privacy.StoredRecord;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who uploaded a meeting's documents: the name and address kept beside each document. A network belongs
 * to no tenant, so the uploader is found by address whichever tenant asks. The document itself stays
 * with the network on erasure (it is the network's record of its meeting); only the uploader is removed.
 */
@Component
class MeetingDocumentPersonalData implements PersonalDataHolder {

    private static final String DOCUMENTS = "networks.meeting_document";

    private final JdbcClient jdbc;

    MeetingDocumentPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> tables() {
        return Set.of(DOCUMENTS);
    }

    @Override
    public List<StoredRecord> export(UUID tenantId, DataSubject subject) {
        if (subject.emails().isEmpty()) {
            return List.of();
        }
        // The content is left out: it is the network's document, not data about the person.
        return jdbc.sql("""
                        select id, meeting_id, title, file_name, uploader_name, uploader_email, uploaded_at
                          from networks.meeting_document
                         where lower(uploader_email) in (:emails)
                         order by uploaded_at
                        """).param("emails", subject.emails()).query().listOfRows().stream()
                .map(row -> new StoredRecord(DOCUMENTS, row))
                .toList();
    }

    @Override
    public void erase(UUID tenantId, DataSubject subject) {
        if (subject.emails().isEmpty()) {
            return;
        }
        jdbc.sql("""
                        update networks.meeting_document
                           set uploaded_by_account_id = null, uploader_name = '', uploader_email = ''
                         where lower(uploader_email) in (:emails)
                        """).param("emails", subject.emails()).update();
    }
}
