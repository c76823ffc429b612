package de.mosaik.portal.domain;

import de.mosaik.portal.ContactDetails;
import de.mosaik.portal.ContactKind;
import de.mosaik.portal.PortalContent.Editor;
import de.mosaik.portal.PortalTexts;
import de.mosaik.shared.translation.TextKey;
import de.mosaik.shared.translation.Translations;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The tenant's contacts (persons and desks) and where they are named. */
@Service
public class ContactService {

    static final List<String> TRANSLATED =
            List.of(PortalTexts.NAME, PortalTexts.RESPONSIBILITY, PortalTexts.CONSULTATION_HOURS);

    private static final String COLUMNS =
            "id, kind, name, responsibility, phone, email, consultation_hours, languages, version";

    private final JdbcClient jdbc;
    private final Translations translations;
    private final ContentDeletions deletions;

    ContactService(JdbcClient jdbc, Translations translations, ContentDeletions deletions) {
        this.jdbc = jdbc;
        this.translations = translations;
        this.deletions = deletions;
    }

    @Transactional(readOnly = true)
    public List<Contact> all(UUID tenantId) {
        return jdbc.sql("select " + COLUMNS + " from portal.contact where tenant_id = ? order by name")
                .param(tenantId)
                .query((rs, row) -> contact(rs))
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<Contact> byId(UUID tenantId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from portal.contact where tenant_id = ? and id = ?")
                .params(tenantId, id)
                .query((rs, row) -> contact(rs))
                .optional();
    }

    /** The tenant's contacts with these ids, in the order of {@code ids}. */
    @Transactional(readOnly = true)
    public List<Contact> byIds(UUID tenantId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var found = jdbc.sql("select " + COLUMNS + " from portal.contact where tenant_id = :tenant and id in (:ids)")
                .param("tenant", tenantId)
                .param("ids", List.copyOf(ids))
                .query((rs, row) -> contact(rs))
                .list();
        return ids.stream()
                .flatMap(id -> found.stream().filter(c -> c.id().equals(id)))
                .toList();
    }

    @Transactional
    public UUID create(UUID tenantId, ContactDetails d) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into portal.contact (id, tenant_id, kind, name, responsibility, phone, email,
                            consultation_hours, languages)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?::text[])
                        """)
                .params(
                        id,
                        tenantId,
                        d.kind().name(),
                        d.name(),
                        d.responsibility(),
                        d.phone(),
                        d.email(),
                        d.consultationHours(),
                        TextArrays.literal(d.languages()))
                .update();
        return id;
    }

    @Transactional
    public EditOutcome update(UUID tenantId, UUID id, int version, ContactDetails d, boolean minorEdit) {
        var before = byId(tenantId, id);
        if (before.isEmpty()) {
            return EditOutcome.NOT_FOUND;
        }
        int changed = jdbc.sql("""
                        update portal.contact set kind = ?, name = ?, responsibility = ?, phone = ?, email = ?,
                            consultation_hours = ?, languages = ?::text[], version = version + 1, updated_at = now()
                        where id = ? and tenant_id = ? and version = ?
                        """)
                .params(
                        d.kind().name(),
                        d.name(),
                        d.responsibility(),
                        d.phone(),
                        d.email(),
                        d.consultationHours(),
                        TextArrays.literal(d.languages()),
                        id,
                        tenantId,
                        version)
                .update();
        if (changed != 1) {
            return EditOutcome.CHANGED_MEANWHILE;
        }
        var old = texts(before.get().details());
        var now = texts(d);
        for (var field : TRANSLATED) {
            translations.sourceChanged(
                    tenantId, new TextKey(PortalTexts.CONTACT, id, field), old.get(field), now.get(field), minorEdit);
        }
        return EditOutcome.DONE;
    }

    /**
     * Deletes the contact with its translations and records who did. Refused while a page, offer or place names
     * it, so that no page loses a contact unnoticed: staff see the list ({@link #uses}) and take it off there.
     */
    @Transactional
    public DeleteOutcome delete(UUID tenantId, UUID id, Editor editor) {
        var contact = byId(tenantId, id);
        if (contact.isEmpty()) {
            return deletions.deleted(tenantId, id) ? DeleteOutcome.ALREADY_DELETED : DeleteOutcome.NOT_FOUND;
        }
        if (!uses(tenantId, id).isEmpty()) {
            return DeleteOutcome.IN_USE;
        }
        int deleted = jdbc.sql("delete from portal.contact where tenant_id = ? and id = ?")
                .params(tenantId, id)
                .update();
        if (deleted != 1) {
            return DeleteOutcome.ALREADY_DELETED;
        }
        translations.removeOwner(tenantId, PortalTexts.CONTACT, id);
        deletions.record(
                tenantId, ContentDeletion.Kind.CONTACT, id, contact.get().name(), editor);
        return DeleteOutcome.DONE;
    }

    /** The pages, offers and places that name the contact, so that staff see what a change touches. */
    @Transactional(readOnly = true)
    public List<ContactUse> uses(UUID tenantId, UUID contactId) {
        return jdbc.sql("""
                        select 'PAGE' as kind, p.id, p.title from portal.page_contact pc
                        join portal.page p on p.id = pc.page_id
                        where pc.contact_id = :contact and p.tenant_id = :tenant
                        union all
                        select 'OFFER', o.id, o.title from portal.offer_contact oc
                        join portal.offer o on o.id = oc.offer_id
                        where oc.contact_id = :contact and o.tenant_id = :tenant
                        union all
                        select 'PLACE', p.id, p.name from portal.place_contact pc
                        join portal.place p on p.id = pc.place_id
                        where pc.contact_id = :contact and p.tenant_id = :tenant
                        order by 1, 3
                        """)
                .param("contact", contactId)
                .param("tenant", tenantId)
                .query((rs, row) -> new ContactUse(
                        ContactUse.Kind.valueOf(rs.getString("kind")),
                        rs.getObject("id", UUID.class),
                        rs.getString("title")))
                .list();
    }

    /**
     * The contact's German texts by field name. A person's name is no text to translate, so it is
     * given as blank; a desk's name ("Servicestelle Schule") is.
     */
    static Map<String, String> texts(ContactDetails d) {
        return Map.of(
                PortalTexts.NAME, d.kind() == ContactKind.DESK ? d.name() : "",
                PortalTexts.RESPONSIBILITY, d.responsibility(),
                PortalTexts.CONSULTATION_HOURS, d.consultationHours());
    }

    private static Contact contact(ResultSet rs) throws SQLException {
        return new Contact(
                rs.getObject("id", UUID.class),
                new ContactDetails(
                        ContactKind.valueOf(rs.getString("kind")),
                        rs.getString("name"),
                        rs.getString("responsibility"),
                        rs.getString("phone"),
                        rs.getString("email"),
                        rs.getString("consultation_hours"),
                        TextArrays.strings(rs.getArray("languages"))),
                rs.getInt("version"));
    }
}
