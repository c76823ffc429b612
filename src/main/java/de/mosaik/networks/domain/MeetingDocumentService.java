package de.mosaik.networks.domain;

import de.mosaik.networks.MeetingDocuments;
import de.mosaik.shared.files.DocumentFormat;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the documents of meetings in the database. Every query names the network as well as the meeting
 * or document, so that an id from another network's path finds nothing.
 */
@Service
public class MeetingDocumentService implements MeetingDocuments {

    /** The largest document a meeting takes; the servlet container lets a little more through (application.yml). */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private static final String SUMMARY = "id, meeting_id, title, kind, file_name, content_type, size_bytes,"
            + " uploaded_by_account_id, uploader_name, uploaded_at";

    private final JdbcClient jdbc;

    MeetingDocumentService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A document to store, its format already told by its content. */
    public record Upload(String title, DocumentKind kind, String fileName, DocumentFormat format, byte[] content) {}

    /** Who uploads: the account and the name and address shown and kept with the document. */
    public record Uploader(@Nullable UUID accountId, String name, String email) {}

    /** A stored document with its content, for the download. */
    public record StoredDocument(Summary summary, byte[] content) {}

    @Override
    @Transactional(readOnly = true)
    public int count(UUID networkId, UUID meetingId) {
        return jdbc.sql("select count(*) from networks.meeting_document where network_id = ? and meeting_id = ?")
                .params(networkId, meetingId)
                .query(Integer.class)
                .single();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Summary> of(UUID networkId, UUID meetingId) {
        return jdbc.sql("select " + SUMMARY + """
                         from networks.meeting_document
                        where network_id = ? and meeting_id = ?
                        order by uploaded_at desc, title
                        """)
                .params(networkId, meetingId)
                .query((rs, row) -> summary(rs))
                .list();
    }

    @Override
    @Transactional
    public UUID attach(
            UUID networkId,
            UUID meetingId,
            String title,
            DocumentKind kind,
            String fileName,
            byte[] content,
            @Nullable UUID uploadedBy,
            String uploaderName) {
        if (content.length == 0 || content.length > MAX_BYTES) {
            throw new IllegalArgumentException("a document has 1 byte to " + MAX_BYTES + " bytes");
        }
        var format = DocumentFormat.of(content)
                .orElseThrow(() -> new IllegalArgumentException("a meeting does not take this kind of file"));
        var upload = new Upload(title.strip(), kind, fileName, format, content);
        return store(networkId, meetingId, upload, new Uploader(uploadedBy, uploaderName, ""))
                .orElseThrow(() -> new IllegalArgumentException("no meeting " + meetingId + " in this network"));
    }

    /** The meeting's title, if the meeting belongs to this network. */
    @Transactional(readOnly = true)
    public Optional<String> meetingTitle(UUID networkId, UUID meetingId) {
        return jdbc.sql("select title from networks.meeting where network_id = ? and id = ?")
                .params(networkId, meetingId)
                .query(String.class)
                .optional();
    }

    /** Stores a document of a meeting of this network; empty when the meeting is not the network's. */
    @Transactional
    public Optional<UUID> store(UUID networkId, UUID meetingId, Upload upload, Uploader uploader) {
        if (meetingTitle(networkId, meetingId).isEmpty()) {
            return Optional.empty();
        }
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into networks.meeting_document (id, network_id, meeting_id, title, kind, file_name,
                            content_type, size_bytes, content, uploaded_by_account_id, uploader_name, uploader_email)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        networkId,
                        meetingId,
                        upload.title(),
                        upload.kind().name(),
                        upload.fileName(),
                        upload.format().contentType(),
                        upload.content().length,
                        upload.content(),
                        uploader.accountId(),
                        uploader.name(),
                        uploader.email())
                .update();
        return Optional.of(id);
    }

    @Transactional(readOnly = true)
    public Optional<Summary> summary(UUID networkId, UUID meetingId, UUID documentId) {
        return jdbc.sql("select " + SUMMARY + """
                         from networks.meeting_document
                        where network_id = ? and meeting_id = ? and id = ?
                        """)
                .params(networkId, meetingId, documentId)
                .query((rs, row) -> summary(rs))
                .optional();
    }

    @Transactional(readOnly = true)
    public Optional<StoredDocument> download(UUID networkId, UUID meetingId, UUID documentId) {
        return jdbc.sql("select " + SUMMARY + """
                        , content from networks.meeting_document
                        where network_id = ? and meeting_id = ? and id = ?
                        """)
                .params(networkId, meetingId, documentId)
                .query((rs, row) -> new StoredDocument(summary(rs), rs.getBytes("content")))
                .optional();
    }

    @Transactional
    public boolean delete(UUID networkId, UUID meetingId, UUID documentId) {
        return jdbc.sql("delete from networks.meeting_document where network_id = ? and meeting_id = ? and id = ?")
                        .params(networkId, meetingId, documentId)
                        .update()
                == 1;
    }

    private static Summary summary(ResultSet rs) throws SQLException {
        return new Summary(
                rs.getObject("id", UUID.class),
                rs.getObject("meeting_id", UUID.class),
                rs.getString("title"),
                DocumentKind.valueOf(rs.getString("kind")),
                rs.getString("file_name"),
                rs.getString("content_type"),
                rs.getInt("size_bytes"),
                rs.getObject("uploaded_by_account_id", UUID.class),
                rs.getString("uploader_name"),
                rs.getObject("uploaded_at", java.time.OffsetDateTime.class).toInstant());
    }
}
