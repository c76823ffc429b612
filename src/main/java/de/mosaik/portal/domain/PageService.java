package de.mosaik.portal.domain;

import de.mosaik.portal.PortalContent.Editor;
import de.mosaik.portal.PortalTexts;
import de.mosaik.shared.translation.TextKey;
import de.mosaik.shared.translation.Translations;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant's pages. Every save is versioned: a save made from an older version is refused, and each
 * saved state is kept as a revision for the history. A changed German text makes its translations
 * outdated unless the editor calls it a minor edit.
 */
@Service
public class PageService {

    static final String COLUMNS = """
            id, parent_id, position, slug, title, summary, body, status, publish_at, review_on, version, updated_at
            """;

    private final JdbcClient jdbc;
    private final Translations translations;
    private final LiveCopies liveCopies;
    private final ContentDeletions deletions;

    PageService(JdbcClient jdbc, Translations translations, LiveCopies liveCopies, ContentDeletions deletions) {
        this.jdbc = jdbc;
        this.translations = translations;
        this.liveCopies = liveCopies;
        this.deletions = deletions;
    }

    @Transactional(readOnly = true)
    public PageTree tree(UUID tenantId) {
        return new PageTree(jdbc.sql("select " + COLUMNS + " from portal.page where tenant_id = ?")
                .param(tenantId)
                .query((rs, row) -> page(rs))
                .list());
    }

    @Transactional(readOnly = true)
    public Optional<Page> byId(UUID tenantId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from portal.page where tenant_id = ? and id = ?")
                .params(tenantId, id)
                .query((rs, row) -> page(rs))
                .optional();
    }

    /** The new page's id, or empty when the address is taken or the parent is not the tenant's. */
    @Transactional
    public Optional<UUID> create(UUID tenantId, PageDraft draft, Editor editor) {
        if (slugTaken(tenantId, draft.slug(), null) || !parentFits(tenantId, draft.parentId(), null)) {
            return Optional.empty();
        }
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into portal.page (id, tenant_id, parent_id, position, slug, title, summary, body, status,
                            publish_at, review_on)
                        values (:id, :tenant, :parent, :position, :slug, :title, :summary, :body, :status,
                            :publishAt, :reviewOn)
                        """)
                .param("id", id)
                .param("tenant", tenantId)
                .params(draftParams(draft))
                .update();
        revision(tenantId, id, 1, draft, false, editor);
        return Optional.of(id);
    }

    /** Creates the page naming {@code contactIds} (the tenant's contacts, in this order). */
    @Transactional
    public Optional<UUID> create(UUID tenantId, PageDraft draft, List<UUID> contactIds, Editor editor) {
        var created = create(tenantId, draft, editor);
        created.ifPresent(id -> showContacts(tenantId, id, contactIds));
        return created;
    }

    /** Saves the page as {@link #update(UUID, UUID, int, PageDraft, boolean, Editor)} and names {@code contactIds}. */
    @Transactional
    public PageEditOutcome update(
            UUID tenantId,
            UUID id,
            int version,
            PageDraft draft,
            List<UUID> contactIds,
            boolean minorEdit,
            Editor editor) {
        var outcome = update(tenantId, id, version, draft, minorEdit, editor);
        if (outcome == PageEditOutcome.DONE) {
            showContacts(tenantId, id, contactIds);
        }
        return outcome;
    }

    /** The contacts the page names, in their order. */
    @Transactional(readOnly = true)
    public List<UUID> contactIds(UUID tenantId, UUID pageId) {
        return byId(tenantId, pageId).isEmpty()
                ? List.of()
                : LinkedContacts.of(jdbc, "page_contact", "page_id", pageId);
    }

    /** The page names these of the tenant's contacts, in this order; ids of other tenants are left out. */
    @Transactional
    public void showContacts(UUID tenantId, UUID pageId, List<UUID> contactIds) {
        if (byId(tenantId, pageId).isPresent()) {
            LinkedContacts.replace(jdbc, "page_contact", "page_id", tenantId, pageId, contactIds);
        }
    }

    /** The sub-pages and offers that keep the page from being deleted, by title. */
    @Transactional(readOnly = true)
    public List<PageUse> uses(UUID tenantId, UUID pageId) {
        return jdbc.sql("""
                        select 'SUB_PAGE' as kind, id, title from portal.page where tenant_id = :tenant and parent_id = :page
                        union all
                        select 'OFFER', id, title from portal.offer where tenant_id = :tenant and field_page_id = :page
                        order by 1, 3
                        """)
                .param("tenant", tenantId)
                .param("page", pageId)
                .query((rs, row) -> new PageUse(
                        PageUse.Kind.valueOf(rs.getString("kind")),
                        rs.getObject("id", UUID.class),
                        rs.getString("title")))
                .list();
    }

    /**
     * Deletes the page as of {@code version} with its revisions, contact links and translations, and records who
     * did. Refused while sub-pages or offers depend on it (see {@link #uses}).
     */
    @Transactional
    public DeleteOutcome delete(UUID tenantId, UUID id, int version, Editor editor) {
        var page = byId(tenantId, id);
        if (page.isEmpty()) {
            return deletions.deleted(tenantId, id) ? DeleteOutcome.ALREADY_DELETED : DeleteOutcome.NOT_FOUND;
        }
        if (page.get().version() != version) {
            return DeleteOutcome.CHANGED_MEANWHILE;
        }
        if (!uses(tenantId, id).isEmpty()) {
            return DeleteOutcome.IN_USE;
        }
        // Other tenants' live copies keep the last published text and its translations as their own.
        liveCopies.withdraw(tenantId, page.get());
        // Revisions and contact links go with the page (on delete cascade).
        int deleted = jdbc.sql("delete from portal.page where id = ? and tenant_id = ? and version = ?")
                .params(id, tenantId, version)
                .update();
        if (deleted != 1) {
            return deletions.deleted(tenantId, id) ? DeleteOutcome.ALREADY_DELETED : DeleteOutcome.CHANGED_MEANWHILE;
        }
        translations.removeOwner(tenantId, PortalTexts.PAGE, id);
        deletions.record(tenantId, ContentDeletion.Kind.PAGE, id, page.get().title(), editor);
        return DeleteOutcome.DONE;
    }

    /** Why {@link #create} refused, for the form: the address or the parent. */
    @Transactional(readOnly = true)
    public PageEditOutcome whyNotCreated(UUID tenantId, PageDraft draft) {
        return slugTaken(tenantId, draft.slug(), null) ? PageEditOutcome.SLUG_TAKEN : PageEditOutcome.BAD_PARENT;
    }

    /** The position after the last page under {@code parentId}. */
    @Transactional(readOnly = true)
    public int nextPosition(UUID tenantId, @Nullable UUID parentId) {
        return jdbc.sql("""
                        select coalesce(max(position) + 1, 0) from portal.page
                        where tenant_id = ? and parent_id is not distinct from ?::uuid
                        """).params(tenantId, parentId).query(Integer.class).single();
    }

    /**
     * Saves an editor's changes made from {@code version}. Refused with {@link PageEditOutcome#CHANGED_MEANWHILE}
     * when somebody saved since, so that nobody overwrites a colleague unseen.
     */
    @Transactional
    public PageEditOutcome update(
            UUID tenantId, UUID id, int version, PageDraft draft, boolean minorEdit, Editor editor) {
        var before = byId(tenantId, id);
        if (before.isEmpty()) {
            return PageEditOutcome.NOT_FOUND;
        }
        if (slugTaken(tenantId, draft.slug(), id)) {
            return PageEditOutcome.SLUG_TAKEN;
        }
        if (!parentFits(tenantId, draft.parentId(), id)) {
            return PageEditOutcome.BAD_PARENT;
        }
        int changed = jdbc.sql("""
                        update portal.page set parent_id = :parent, position = :position, slug = :slug, title = :title,
                            summary = :summary, body = :body, status = :status, publish_at = :publishAt,
                            review_on = :reviewOn, version = version + 1, updated_at = now()
                        where id = :id and tenant_id = :tenant and version = :version and not live_copy
                        """)
                .param("id", id)
                .param("tenant", tenantId)
                .param("version", version)
                .params(draftParams(draft))
                .update();
        if (changed != 1) {
            return PageEditOutcome.CHANGED_MEANWHILE;
        }
        revision(tenantId, id, version + 1, draft, minorEdit, editor);
        var old = before.get();
        sourceChanged(tenantId, id, PortalTexts.TITLE, old.title(), draft.title(), minorEdit);
        sourceChanged(tenantId, id, PortalTexts.SUMMARY, old.summary(), draft.summary(), minorEdit);
        sourceChanged(tenantId, id, PortalTexts.BODY, old.body(), draft.body(), minorEdit);
        // Live copies in other tenants follow an offered page, or keep its last published state (ADR 0019).
        liveCopies.originSaved(tenantId, old, draft);
        return PageEditOutcome.DONE;
    }

    /** The page's saved states, the newest first. */
    @Transactional(readOnly = true)
    public List<PageRevision> revisions(UUID tenantId, UUID pageId) {
        return jdbc.sql("""
                        select version, title, summary, body, status, minor_edit, changed_at, account_name, note,
                            note_origin
                        from portal.page_revision where tenant_id = ? and page_id = ? order by version desc
                        """)
                .params(tenantId, pageId)
                .query((rs, row) -> new PageRevision(
                        rs.getInt("version"),
                        rs.getString("title"),
                        rs.getString("summary"),
                        rs.getString("body"),
                        PageStatus.valueOf(rs.getString("status")),
                        rs.getBoolean("minor_edit"),
                        rs.getTimestamp("changed_at").toInstant(),
                        rs.getString("account_name"),
                        rs.getString("note") == null ? null : CopyNote.valueOf(rs.getString("note")),
                        rs.getString("note_origin")))
                .list();
    }

    /** The tenant's pages whose review date has come, for the start page's list of open work. */
    @Transactional(readOnly = true)
    public long reviewsDue(UUID tenantId, LocalDate today) {
        return jdbc.sql("select count(*) from portal.page where tenant_id = ? and review_on <= ?")
                .params(tenantId, today)
                .query(Long.class)
                .single();
    }

    private void sourceChanged(UUID tenantId, UUID id, String field, String before, String after, boolean minor) {
        translations.sourceChanged(tenantId, new TextKey(PortalTexts.PAGE, id, field), before, after, minor);
    }

    private void revision(UUID tenantId, UUID id, int version, PageDraft draft, boolean minorEdit, Editor editor) {
        jdbc.sql("""
                        insert into portal.page_revision (page_id, version, tenant_id, title, summary, body, status,
                            minor_edit, account_id, account_name)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        version,
                        tenantId,
                        draft.title(),
                        draft.summary(),
                        draft.body(),
                        draft.status().name(),
                        minorEdit,
                        editor.accountId(),
                        editor.name())
                .update();
    }

    private boolean slugTaken(UUID tenantId, String slug, @Nullable UUID except) {
        return jdbc.sql("""
                        select exists (select 1 from portal.page where tenant_id = ? and slug = ?
                                       and id is distinct from ?::uuid)
                        """).params(tenantId, slug, except).query(Boolean.class).single();
    }

    private boolean parentFits(UUID tenantId, @Nullable UUID parentId, @Nullable UUID pageId) {
        if (parentId == null) {
            return true;
        }
        var tree = tree(tenantId);
        if (pageId == null) {
            return tree.page(parentId).isPresent();
        }
        return tree.mayBeParentOf(parentId, pageId);
    }

    private static java.util.Map<String, @Nullable Object> draftParams(PageDraft d) {
        var params = new java.util.HashMap<String, @Nullable Object>();
        params.put("parent", d.parentId());
        params.put("position", d.position());
        params.put("slug", d.slug());
        params.put("title", d.title());
        params.put("summary", d.summary());
        params.put("body", d.body());
        params.put("status", d.status().name());
        params.put("publishAt", d.publishAt() == null ? null : Timestamp.from(d.publishAt()));
        params.put("reviewOn", d.reviewOn());
        return params;
    }

    static Page page(ResultSet rs) throws SQLException {
        var publishAt = rs.getTimestamp("publish_at");
        var reviewOn = rs.getObject("review_on", LocalDate.class);
        return new Page(
                rs.getObject("id", UUID.class),
                rs.getObject("parent_id", UUID.class),
                rs.getInt("position"),
                rs.getString("slug"),
                rs.getString("title"),
                rs.getString("summary"),
                rs.getString("body"),
                PageStatus.valueOf(rs.getString("status")),
                publishAt == null ? null : publishAt.toInstant(),
                reviewOn,
                rs.getInt("version"),
                rs.getTimestamp("updated_at").toInstant());
    }
}
