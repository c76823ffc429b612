package de.mosaik.portal.domain.media;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tables {@code portal.image}, {@code portal.image_rendition} and {@code portal.image_use}; every query names the tenant. */
@Repository
class ImageRepository {

    private static final String COLUMNS = """
            i.id, i.tenant_id, i.alt, i.caption, i.credit, i.content_type, i.width, i.height, i.content_hash,
            i.created_at, i.version,
            array(select r.width from portal.image_rendition r where r.image_id = i.id order by r.width) as widths,
            (select count(*) from portal.image_use u where u.image_id = i.id) as uses
            """;

    private final JdbcClient jdbc;

    ImageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StoredImage> all(UUID tenantId) {
        return jdbc.sql("select " + COLUMNS + " from portal.image i where i.tenant_id = ? order by i.created_at desc")
                .param(tenantId)
                .query(ImageRepository::map)
                .list();
    }

    Optional<StoredImage> byId(UUID tenantId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from portal.image i where i.tenant_id = ? and i.id = ?")
                .params(tenantId, id)
                .query(ImageRepository::map)
                .optional();
    }

    List<StoredImage> byIds(UUID tenantId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from portal.image i where i.tenant_id = :tenant and i.id in (:ids)")
                .param("tenant", tenantId)
                .param("ids", List.copyOf(ids))
                .query(ImageRepository::map)
                .list();
    }

    Optional<UUID> bySourceHash(UUID tenantId, String sourceHash) {
        return jdbc.sql("select id from portal.image where tenant_id = ? and source_hash = ?")
                .params(tenantId, sourceHash)
                .query(UUID.class)
                .optional();
    }

    /** Inserts the image unless the tenant has the same file already; false then. */
    boolean insert(
            UUID id, UUID tenantId, ImageTexts texts, ProcessedImage image, String contentHash, String sourceHash) {
        int inserted = jdbc.sql("""
                        insert into portal.image (id, tenant_id, alt, caption, credit, content_type, width, height,
                            content_hash, source_hash)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (tenant_id, source_hash) do nothing
                        """)
                .params(
                        id,
                        tenantId,
                        texts.alt(),
                        texts.caption(),
                        texts.credit(),
                        image.contentType(),
                        image.width(),
                        image.height(),
                        contentHash,
                        sourceHash)
                .update();
        if (inserted == 0) {
            return false;
        }
        for (var rendition : image.renditions()) {
            jdbc.sql("insert into portal.image_rendition (image_id, width, height, bytes) values (?, ?, ?, ?)")
                    .params(id, rendition.width(), rendition.height(), rendition.bytes())
                    .update();
        }
        return true;
    }

    boolean updateTexts(UUID tenantId, UUID id, int version, ImageTexts texts) {
        return jdbc.sql("""
                        update portal.image set alt = ?, caption = ?, credit = ?, version = version + 1,
                            updated_at = now()
                        where tenant_id = ? and id = ? and version = ?
                        """)
                        .params(texts.alt(), texts.caption(), texts.credit(), tenantId, id, version)
                        .update()
                == 1;
    }

    /** Deletes the image unless something uses it; false when it is in use or gone. */
    boolean deleteUnused(UUID tenantId, UUID id) {
        return jdbc.sql("""
                        delete from portal.image i where i.tenant_id = ? and i.id = ?
                          and not exists (select 1 from portal.image_use u where u.image_id = i.id)
                        """).params(tenantId, id).update() == 1;
    }

    /** The rendition's bytes, only for the tenant the URL names. */
    Optional<byte[]> rendition(UUID tenantId, UUID id, int width) {
        return jdbc.sql("""
                        select r.bytes from portal.image_rendition r join portal.image i on i.id = r.image_id
                        where i.tenant_id = ? and i.id = ? and r.width = ?
                        """)
                .params(tenantId, id, width)
                .query((rs, n) -> rs.getBytes(1))
                .optional();
    }

    boolean use(UUID tenantId, UUID id, String userKind, UUID userId) {
        return jdbc.sql("""
                        insert into portal.image_use (image_id, tenant_id, user_kind, user_id)
                        select id, tenant_id, ?, ? from portal.image where tenant_id = ? and id = ?
                        on conflict do nothing
                        """).params(userKind, userId, tenantId, id).update() == 1
                || jdbc.sql("""
                                select count(*) from portal.image_use
                                where tenant_id = ? and image_id = ? and user_kind = ? and user_id = ?
                                """)
                                .params(tenantId, id, userKind, userId)
                                .query(Integer.class)
                                .single()
                        == 1;
    }

    void release(UUID tenantId, UUID id, String userKind, UUID userId) {
        jdbc.sql("delete from portal.image_use where tenant_id = ? and image_id = ? and user_kind = ? and user_id = ?")
                .params(tenantId, id, userKind, userId)
                .update();
    }

    void releaseAll(UUID tenantId, String userKind, UUID userId) {
        jdbc.sql("delete from portal.image_use where tenant_id = ? and user_kind = ? and user_id = ?")
                .params(tenantId, userKind, userId)
                .update();
    }

    private static StoredImage map(ResultSet rs, int row) throws SQLException {
        var widths = (Integer[]) rs.getArray("widths").getArray();
        return new StoredImage(
                rs.getObject("id", UUID.class),
                rs.getObject("tenant_id", UUID.class),
                rs.getString("alt"),
                rs.getString("caption"),
                rs.getString("credit"),
                rs.getString("content_type"),
                rs.getInt("width"),
                rs.getInt("height"),
                rs.getString("content_hash"),
                Arrays.asList(widths),
                rs.getInt("uses"),
                rs.getObject("created_at", Timestamp.class).toInstant(),
                rs.getInt("version"));
    }
}
