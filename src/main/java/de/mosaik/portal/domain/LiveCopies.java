package de.mosaik.portal.domain;

import de.mosaik.identity.TenantProfile;
import de.mosaik.identity.Tenants;
import de.mosaik.portal.PortalContent.Editor;
import de.mosaik.portal.PortalTexts;
import de.mosaik.shared.translation.Translations;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps live copies of an offered page in step with their origin (ADR 0019). A copy's own row mirrors the
 * origin's German, so that lists, search and the back office read it like any page; its public page reads
 * the origin itself. When the origin stops offering or publishing the page, every live copy becomes an
 * independent copy holding the last published text and its published translations: no taking tenant's page
 * breaks or goes blank, and the history tells them why.
 */
@Component
class LiveCopies {

    private final JdbcClient jdbc;
    private final Translations translations;
    private final Tenants tenants;

    LiveCopies(JdbcClient jdbc, Translations translations, Tenants tenants) {
        this.jdbc = jdbc;
        this.translations = translations;
        this.tenants = tenants;
    }

    boolean offered(UUID tenantId, UUID pageId) {
        return jdbc.sql("select exists (select 1 from portal.page where tenant_id = ? and id = ? and offered)")
                .params(tenantId, pageId)
                .query(Boolean.class)
                .single();
    }

    boolean isLiveCopy(UUID tenantId, UUID pageId) {
        return jdbc.sql("select exists (select 1 from portal.page where tenant_id = ? and id = ? and live_copy)")
                .params(tenantId, pageId)
                .query(Boolean.class)
                .single();
    }

    /**
     * After an editor of the origin saved {@code before} as {@code after}: an offered page that is no longer
     * published is withdrawn (its copies keep {@code before}, the last published state); otherwise the
     * copies mirror the new German.
     */
    void originSaved(UUID tenantId, Page before, PageDraft after) {
        if (!offered(tenantId, before.id())) {
            return;
        }
        if (after.status() != PageStatus.PUBLISHED) {
            withdraw(tenantId, before);
            return;
        }
        jdbc.sql("""
                        update portal.page set title = ?, summary = ?, body = ?, updated_at = now()
                        where origin_page_id = ? and live_copy
                        """)
                .params(after.title(), after.summary(), after.body(), before.id())
                .update();
    }

    /** The origin no longer offers {@code snapshot}: its live copies become independent copies of it. */
    void withdraw(UUID tenantId, Page snapshot) {
        jdbc.sql("update portal.page set offered = false where tenant_id = ? and id = ?")
                .params(tenantId, snapshot.id())
                .update();
        var originName = name(tenantId);
        var copies = jdbc.sql("select tenant_id, id from portal.page where origin_page_id = ? and live_copy")
                .param(snapshot.id())
                .query((rs, row) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)})
                .list();
        for (var copy : copies) {
            detach(
                    copy[0],
                    copy[1],
                    snapshot,
                    tenantId,
                    CopyNote.ORIGIN_WITHDRAWN,
                    originName,
                    new Editor(null, originName));
        }
    }

    /**
     * Makes the live copy {@code copyId} an independent copy holding {@code texts}' German and, when the
     * origin page still exists, its published translations.
     */
    void detach(
            UUID copyTenant,
            UUID copyId,
            Page texts,
            UUID originTenant,
            CopyNote note,
            String originName,
            Editor editor) {
        jdbc.sql("""
                        update portal.page set title = ?, summary = ?, body = ?, live_copy = false,
                            version = version + 1, updated_at = now()
                        where tenant_id = ? and id = ? and live_copy
                        """)
                .params(texts.title(), texts.summary(), texts.body(), copyTenant, copyId)
                .update();
        translations.removeOwner(copyTenant, PortalTexts.PAGE, copyId);
        translations.copyPublished(originTenant, PortalTexts.PAGE, texts.id(), copyTenant, copyId);
        noteRevision(copyTenant, copyId, note, originName, editor);
    }

    /** A revision of the page as it now stands, with why it was written. */
    void noteRevision(UUID tenantId, UUID pageId, CopyNote note, String originName, Editor editor) {
        jdbc.sql("""
                        insert into portal.page_revision (page_id, version, tenant_id, title, summary, body, status,
                            minor_edit, account_id, account_name, note, note_origin)
                        select id, version, tenant_id, title, summary, body, status, false, ?, ?, ?, ?
                        from portal.page where tenant_id = ? and id = ?
                        on conflict (page_id, version) do update set note = excluded.note,
                            note_origin = excluded.note_origin
                        """)
                .params(editor.accountId(), editor.name(), note.name(), originName, tenantId, pageId)
                .update();
    }

    String name(@Nullable UUID tenantId) {
        return tenantId == null
                ? ""
                : tenants.byId(tenantId).map(TenantProfile::name).orElse("");
    }
}
