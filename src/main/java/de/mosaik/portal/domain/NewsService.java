package de.mosaik.portal.domain;

import de.mosaik.portal.PortalContent.Editor;
import de.mosaik.portal.PortalTexts;
import de.mosaik.shared.translation.TextKey;
import de.mosaik.shared.translation.Translations;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The tenant's news. Expired news leave the public pages by their date, without anyone acting. */
@Service
public class NewsService {

    private static final String COLUMNS = """
            id, slug, title, teaser, body, published_on, expires_on, version, updated_at, account_name
            """;

    private final JdbcClient jdbc;
    private final Translations translations;
    private final ContentDeletions deletions;

    NewsService(JdbcClient jdbc, Translations translations, ContentDeletions deletions) {
        this.jdbc = jdbc;
        this.translations = translations;
        this.deletions = deletions;
    }

    /** All news of the tenant, the newest first, for the back office. */
    @Transactional(readOnly = true)
    public List<News> all(UUID tenantId) {
        return jdbc.sql("select " + COLUMNS + " from portal.news where tenant_id = ? order by published_on desc, title")
                .param(tenantId)
                .query((rs, row) -> news(rs))
                .list();
    }

    /** The news public on {@code today}, the newest first. */
    @Transactional(readOnly = true)
    public List<News> current(UUID tenantId, LocalDate today, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                         from portal.news where tenant_id = ? and published_on <= ?
                          and (expires_on is null or expires_on >= ?)
                        order by published_on desc, title limit ?
                        """)
                .params(tenantId, today, today, limit)
                .query((rs, row) -> news(rs))
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<News> byId(UUID tenantId, UUID id) {
        return one("id = ?", tenantId, id);
    }

    @Transactional(readOnly = true)
    public Optional<News> bySlug(UUID tenantId, String slug) {
        return one("slug = ?", tenantId, slug);
    }

    /** The new item's id, or empty when the tenant has news under that address. */
    @Transactional
    public Optional<UUID> create(UUID tenantId, NewsDraft d, Editor editor) {
        if (slugTaken(tenantId, d.slug(), null)) {
            return Optional.empty();
        }
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into portal.news (id, tenant_id, slug, title, teaser, body, published_on, expires_on,
                            account_name)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        tenantId,
                        d.slug(),
                        d.title(),
                        d.teaser(),
                        d.body(),
                        d.publishedOn(),
                        d.expiresOn(),
                        editor.name())
                .update();
        return Optional.of(id);
    }

    @Transactional
    public PageEditOutcome update(UUID tenantId, UUID id, int version, NewsDraft d, boolean minorEdit, Editor editor) {
        var before = byId(tenantId, id);
        if (before.isEmpty()) {
            return PageEditOutcome.NOT_FOUND;
        }
        if (slugTaken(tenantId, d.slug(), id)) {
            return PageEditOutcome.SLUG_TAKEN;
        }
        int changed = jdbc.sql("""
                        update portal.news set slug = ?, title = ?, teaser = ?, body = ?, published_on = ?,
                            expires_on = ?, account_name = ?, version = version + 1, updated_at = now()
                        where id = ? and tenant_id = ? and version = ?
                        """)
                .params(
                        d.slug(),
                        d.title(),
                        d.teaser(),
                        d.body(),
                        d.publishedOn(),
                        d.expiresOn(),
                        editor.name(),
                        id,
                        tenantId,
                        version)
                .update();
        if (changed != 1) {
            return PageEditOutcome.CHANGED_MEANWHILE;
        }
        var old = before.get();
        sourceChanged(tenantId, id, PortalTexts.TITLE, old.title(), d.title(), minorEdit);
        sourceChanged(tenantId, id, PortalTexts.SUMMARY, old.teaser(), d.teaser(), minorEdit);
        sourceChanged(tenantId, id, PortalTexts.BODY, old.body(), d.body(), minorEdit);
        return PageEditOutcome.DONE;
    }

    /** Deletes the item as of {@code version} with its translations, and records who did. */
    @Transactional
    public DeleteOutcome delete(UUID tenantId, UUID id, int version, Editor editor) {
        var item = byId(tenantId, id);
        if (item.isEmpty()) {
            return deletions.deleted(tenantId, id) ? DeleteOutcome.ALREADY_DELETED : DeleteOutcome.NOT_FOUND;
        }
        int deleted = jdbc.sql("delete from portal.news where id = ? and tenant_id = ? and version = ?")
                .params(id, tenantId, version)
                .update();
        if (deleted != 1) {
            return deletions.deleted(tenantId, id) ? DeleteOutcome.ALREADY_DELETED : DeleteOutcome.CHANGED_MEANWHILE;
        }
        translations.removeOwner(tenantId, PortalTexts.NEWS, id);
        deletions.record(tenantId, ContentDeletion.Kind.NEWS, id, item.get().title(), editor);
        return DeleteOutcome.DONE;
    }

    private void sourceChanged(UUID tenantId, UUID id, String field, String before, String after, boolean minor) {
        translations.sourceChanged(tenantId, new TextKey(PortalTexts.NEWS, id, field), before, after, minor);
    }

    private Optional<News> one(String where, UUID tenantId, Object value) {
        return jdbc.sql("select " + COLUMNS + " from portal.news where tenant_id = ? and " + where)
                .params(tenantId, value)
                .query((rs, row) -> news(rs))
                .optional();
    }

    private boolean slugTaken(UUID tenantId, String slug, @Nullable UUID except) {
        return jdbc.sql("""
                        select exists (select 1 from portal.news where tenant_id = ? and slug = ?
                                       and id is distinct from ?::uuid)
                        """).params(tenantId, slug, except).query(Boolean.class).single();
    }

    private static News news(ResultSet rs) throws SQLException {
        return new News(
                rs.getObject("id", UUID.class),
                rs.getString("slug"),
                rs.getString("title"),
                rs.getString("teaser"),
                rs.getString("body"),
                rs.getObject("published_on", LocalDate.class),
                rs.getObject("expires_on", LocalDate.class),
                rs.getInt("version"),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getString("account_name"));
    }
}
