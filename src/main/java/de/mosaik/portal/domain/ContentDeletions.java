package de.mosaik.portal.domain;

import de.mosaik.portal.PortalContent.Editor;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The history of deleted content: the record itself is gone, this says who deleted it. It also tells a second
 * click on "delete" apart from an id that never was the tenant's.
 */
@Service
public class ContentDeletions {

    private final JdbcClient jdbc;

    ContentDeletions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    void record(UUID tenantId, ContentDeletion.Kind kind, UUID ownerId, String title, Editor editor) {
        jdbc.sql("""
                        insert into portal.deletion (owner_id, tenant_id, kind, title, account_id, account_name)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (owner_id) do nothing
                        """)
                .params(ownerId, tenantId, kind.name(), title, editor.accountId(), editor.name())
                .update();
    }

    /** Whether the tenant's record {@code ownerId} was deleted. */
    @Transactional(readOnly = true)
    public boolean deleted(UUID tenantId, UUID ownerId) {
        return jdbc.sql("select exists (select 1 from portal.deletion where tenant_id = ? and owner_id = ?)")
                .params(tenantId, ownerId)
                .query(Boolean.class)
                .single();
    }

    /** The latest deletions of one kind, the newest first. */
    @Transactional(readOnly = true)
    public List<ContentDeletion> recent(UUID tenantId, ContentDeletion.Kind kind, int limit) {
        return jdbc.sql("""
                        select kind, owner_id, title, account_id, account_name, deleted_at from portal.deletion
                        where tenant_id = ? and kind = ? order by deleted_at desc limit ?
                        """)
                .params(tenantId, kind.name(), limit)
                .query((rs, row) -> new ContentDeletion(
                        ContentDeletion.Kind.valueOf(rs.getString("kind")),
                        rs.getObject("owner_id", UUID.class),
                        rs.getString("title"),
                        rs.getObject("account_id", UUID.class),
                        rs.getString("account_name"),
                        rs.getTimestamp("deleted_at").toInstant()))
                .list();
    }
}
