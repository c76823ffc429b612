package de.mosaik.practice.domain;

import de.mosaik.practice.Author;
import de.mosaik.shared.files.DocumentFormat;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of {@code practice.attachment}; every query names the example as well as the attachment. */
@Repository
class AttachmentRepository {

    private static final String SUMMARY =
            "a.id, a.example_id, a.title, a.file_name, a.content_type, a.size_bytes, a.sha256, a.uploaded_by_name,"
                    + " a.uploaded_at";

    private final JdbcClient jdbc;

    AttachmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Attachment> of(UUID exampleId) {
        return jdbc.sql("select " + SUMMARY + " from practice.attachment a where a.example_id = ?"
                        + " order by a.uploaded_at, a.title")
                .param(exampleId)
                .query((rs, row) -> attachment(rs))
                .list();
    }

    int count(UUID exampleId) {
        return jdbc.sql("select count(*) from practice.attachment where example_id = ?")
                .param(exampleId)
                .query(Integer.class)
                .single();
    }

    Optional<Attachment> find(UUID exampleId, UUID attachmentId) {
        return jdbc.sql("select " + SUMMARY + " from practice.attachment a where a.example_id = ? and a.id = ?")
                .params(exampleId, attachmentId)
                .query((rs, row) -> attachment(rs))
                .optional();
    }

    Optional<Attachment.Stored> download(UUID exampleId, UUID attachmentId) {
        return jdbc.sql("select " + SUMMARY
                        + ", a.content from practice.attachment a where a.example_id = ? and a.id = ?")
                .params(exampleId, attachmentId)
                .query((rs, row) -> new Attachment.Stored(attachment(rs), rs.getBytes("content")))
                .optional();
    }

    /** The attachment of a published example, found by the example's public address. */
    Optional<Attachment.Stored> publishedDownload(String slug, UUID attachmentId) {
        return jdbc.sql("select " + SUMMARY + """
                        , a.content from practice.attachment a
                          join practice.example e on e.id = a.example_id
                         where e.slug = ? and e.status = 'PUBLISHED' and a.id = ?
                        """)
                .params(slug, attachmentId)
                .query((rs, row) -> new Attachment.Stored(attachment(rs), rs.getBytes("content")))
                .optional();
    }

    void insert(
            UUID id, UUID exampleId, String title, String fileName, DocumentFormat format, byte[] content, Author by) {
        jdbc.sql("""
                        insert into practice.attachment (id, example_id, title, file_name, content_type, size_bytes,
                               content, sha256, uploaded_by, uploaded_by_name)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        exampleId,
                        title,
                        fileName,
                        format.contentType(),
                        content.length,
                        content,
                        sha256(content),
                        by.accountId(),
                        by.name())
                .update();
    }

    boolean delete(UUID exampleId, UUID attachmentId) {
        return jdbc.sql("delete from practice.attachment where example_id = ? and id = ?")
                        .params(exampleId, attachmentId)
                        .update()
                == 1;
    }

    private static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static Attachment attachment(ResultSet rs) throws SQLException {
        return new Attachment(
                rs.getObject("id", UUID.class),
                rs.getObject("example_id", UUID.class),
                rs.getString("title"),
                rs.getString("file_name"),
                rs.getString("content_type"),
                rs.getInt("size_bytes"),
                rs.getString("sha256"),
                rs.getString("uploaded_by_name"),
                rs.getTimestamp("uploaded_at").toInstant());
    }
}
