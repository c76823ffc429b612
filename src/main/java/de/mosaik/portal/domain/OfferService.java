package de.mosaik.portal.domain;

import de.mosaik.events.EventStatus;
import de.mosaik.events.TenantEvents;
import de.mosaik.portal.OfferAudience;
import de.mosaik.portal.OfferDetails;
import de.mosaik.portal.Participation;
import de.mosaik.portal.PortalTexts;
import de.mosaik.shared.text.Slugs;
import de.mosaik.shared.translation.TextKey;
import de.mosaik.shared.translation.Translations;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The tenant's offers: drafts and published ones, saved with optimistic locking. */
@Service
public class OfferService {

    private static final Slugs SLUGS = Slugs.upTo(PortalSlugs.MAX, PortalSlugs.FALLBACK);

    static final List<String> TRANSLATED = List.of(
            PortalTexts.TITLE,
            PortalTexts.SUMMARY,
            PortalTexts.BODY,
            PortalTexts.AUDIENCE_NOTE,
            PortalTexts.COST,
            PortalTexts.PARTICIPATION_NOTE);

    private static final String COLUMNS = """
            id, slug, status, title, summary, body, audiences, audience_note, age_from, age_to, languages,
            free_of_charge, cost, participation, participation_note, registration_url, event_id, place_id,
            starts_on, ends_on, field_page_id, version
            """;

    private final JdbcClient jdbc;
    private final Translations translations;
    private final TenantEvents events;

    OfferService(JdbcClient jdbc, Translations translations, TenantEvents events) {
        this.jdbc = jdbc;
        this.translations = translations;
        this.events = events;
    }

    /** The tenant's events an offer can name for registration, drafts and cancelled ones left out, by title. */
    @Transactional(readOnly = true)
    public List<TenantEvents.EventDates> eventChoices(UUID tenantId) {
        return events.events(tenantId).stream()
                .filter(e -> e.status() != EventStatus.DRAFT && e.status() != EventStatus.CANCELLED)
                .sorted(java.util.Comparator.comparing(TenantEvents.EventDates::title, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** The offer's event when it is one of the tenant's, otherwise none: another tenant's id is not stored. */
    private @Nullable UUID ownEvent(UUID tenantId, OfferDetails d) {
        var id = d.eventId();
        return id != null && events.events(tenantId).stream().anyMatch(e -> e.id().equals(id)) ? id : null;
    }

    @Transactional(readOnly = true)
    public List<Offer> all(UUID tenantId) {
        return load("tenant_id = ? order by title", tenantId);
    }

    /** The published offers running on {@code day}, by title. */
    @Transactional(readOnly = true)
    public List<Offer> current(UUID tenantId, LocalDate day) {
        return load(
                "tenant_id = ? and status = 'PUBLISHED' and (starts_on is null or starts_on <= ?)"
                        + " and (ends_on is null or ends_on >= ?) order by title",
                tenantId,
                day,
                day);
    }

    @Transactional(readOnly = true)
    public Optional<Offer> byId(UUID tenantId, UUID id) {
        return load("tenant_id = ? and id = ?", tenantId, id).stream().findFirst();
    }

    @Transactional(readOnly = true)
    public Optional<Offer> bySlug(UUID tenantId, String slug) {
        return load("tenant_id = ? and slug = ?", tenantId, slug).stream().findFirst();
    }

    /** The published offers at a place, for the place's page. */
    @Transactional(readOnly = true)
    public List<Offer> atPlace(UUID tenantId, UUID placeId, LocalDate day) {
        return current(tenantId, day).stream()
                .filter(o -> placeId.equals(o.details().placeId()))
                .toList();
    }

    /** The published offers running on {@code day} that name {@code pageId} as their field of work. */
    @Transactional(readOnly = true)
    public List<Offer> inField(UUID tenantId, UUID pageId, LocalDate day) {
        return current(tenantId, day).stream()
                .filter(o -> pageId.equals(o.details().fieldPageId()))
                .toList();
    }

    @Transactional
    public UUID create(UUID tenantId, OfferDetails d, OfferStatus status) {
        var id = UUID.randomUUID();
        var slug = SLUGS.unique(d.title(), s -> slugTaken(tenantId, s));
        jdbc.sql("""
                        insert into portal.offer (id, tenant_id, slug, status, title, summary, body, audiences,
                            audience_note, age_from, age_to, languages, free_of_charge, cost, participation,
                            participation_note, registration_url, event_id, place_id, starts_on, ends_on,
                            field_page_id)
                        values (?, ?, ?, ?, ?, ?, ?, ?::text[], ?, ?, ?, ?::text[], ?, ?, ?, ?, ?,
                            ?,
                            (select id from portal.place where id = ? and tenant_id = ?), ?, ?,
                            (select id from portal.page where id = ? and tenant_id = ?))
                        """)
                .params(Stream.concat(Stream.of(id, tenantId, slug), columns(tenantId, d, status).stream())
                        .toList())
                .update();
        LinkedContacts.replace(jdbc, "offer_contact", "offer_id", tenantId, id, d.contactIds());
        return id;
    }

    /** The values of the columns both statements write, from status to the field of work, in their order. */
    private List<@Nullable Object> columns(UUID tenantId, OfferDetails d, OfferStatus status) {
        return Arrays.asList(
                status.name(),
                d.title(),
                d.summary(),
                d.body(),
                audiences(d),
                d.audienceNote(),
                d.ageFrom(),
                d.ageTo(),
                TextArrays.literal(d.languages()),
                d.freeOfCharge(),
                d.cost(),
                d.participation().name(),
                d.participationNote(),
                d.registrationUrl(),
                ownEvent(tenantId, d),
                d.placeId(),
                tenantId,
                d.startsOn(),
                d.endsOn(),
                d.fieldPageId(),
                tenantId);
    }

    /**
     * Saves the offer if nobody saved it since {@code version}. Changed texts make their translations
     * outdated unless staff call it a {@code minorEdit}.
     */
    @Transactional
    public EditOutcome update(
            UUID tenantId, UUID id, int version, OfferDetails d, OfferStatus status, boolean minorEdit) {
        var before = byId(tenantId, id);
        if (before.isEmpty()) {
            return EditOutcome.NOT_FOUND;
        }
        int changed = jdbc.sql("""
                        update portal.offer set status = ?, title = ?, summary = ?, body = ?, audiences = ?::text[],
                            audience_note = ?, age_from = ?, age_to = ?, languages = ?::text[], free_of_charge = ?,
                            cost = ?, participation = ?, participation_note = ?, registration_url = ?,
                            event_id = ?,
                            place_id = (select id from portal.place where id = ? and tenant_id = ?),
                            starts_on = ?, ends_on = ?,
                            field_page_id = (select id from portal.page where id = ? and tenant_id = ?),
                            version = version + 1, updated_at = now()
                        where id = ? and tenant_id = ? and version = ?
                        """)
                .params(Stream.concat(columns(tenantId, d, status).stream(), Stream.of(id, tenantId, version))
                        .toList())
                .update();
        if (changed != 1) {
            return EditOutcome.CHANGED_MEANWHILE;
        }
        LinkedContacts.replace(jdbc, "offer_contact", "offer_id", tenantId, id, d.contactIds());
        var old = texts(before.get().details());
        var now = texts(d);
        for (var field : TRANSLATED) {
            translations.sourceChanged(
                    tenantId, new TextKey(PortalTexts.OFFER, id, field), old.get(field), now.get(field), minorEdit);
        }
        return EditOutcome.DONE;
    }

    @Transactional
    public boolean delete(UUID tenantId, UUID id) {
        int deleted = jdbc.sql("delete from portal.offer where tenant_id = ? and id = ?")
                .params(tenantId, id)
                .update();
        translations.removeOwner(tenantId, PortalTexts.OFFER, id);
        return deleted == 1;
    }

    static Map<String, String> texts(OfferDetails d) {
        return Map.of(
                PortalTexts.TITLE, d.title(),
                PortalTexts.SUMMARY, d.summary(),
                PortalTexts.BODY, d.body(),
                PortalTexts.AUDIENCE_NOTE, d.audienceNote(),
                PortalTexts.COST, d.cost(),
                PortalTexts.PARTICIPATION_NOTE, d.participationNote());
    }

    private static String audiences(OfferDetails d) {
        return TextArrays.literal(
                d.audiences().stream().map(Enum::name).sorted().toList());
    }

    private List<Offer> load(String where, Object... params) {
        var offers = jdbc.sql("select " + COLUMNS + " from portal.offer where " + where)
                .params(params)
                .query((rs, row) -> offer(rs))
                .list();
        var result = new ArrayList<Offer>();
        for (var offer : offers) {
            var contacts = LinkedContacts.of(jdbc, "offer_contact", "offer_id", offer.id());
            var d = offer.details();
            result.add(new Offer(
                    offer.id(),
                    offer.slug(),
                    offer.status(),
                    new OfferDetails(
                            d.title(),
                            d.summary(),
                            d.body(),
                            d.audiences(),
                            d.audienceNote(),
                            d.ageFrom(),
                            d.ageTo(),
                            d.languages(),
                            d.freeOfCharge(),
                            d.cost(),
                            d.participation(),
                            d.participationNote(),
                            d.registrationUrl(),
                            d.eventId(),
                            d.placeId(),
                            d.startsOn(),
                            d.endsOn(),
                            d.fieldPageId(),
                            contacts),
                    offer.version()));
        }
        return result;
    }

    private boolean slugTaken(UUID tenantId, String slug) {
        return jdbc.sql("select exists (select 1 from portal.offer where tenant_id = ? and slug = ?)")
                .params(tenantId, slug)
                .query(Boolean.class)
                .single();
    }

    private static Offer offer(ResultSet rs) throws SQLException {
        return new Offer(
                rs.getObject("id", UUID.class),
                rs.getString("slug"),
                OfferStatus.valueOf(rs.getString("status")),
                new OfferDetails(
                        rs.getString("title"),
                        rs.getString("summary"),
                        rs.getString("body"),
                        TextArrays.strings(rs.getArray("audiences")).stream()
                                .map(OfferAudience::valueOf)
                                .collect(Collectors.toSet()),
                        rs.getString("audience_note"),
                        (Integer) rs.getObject("age_from", Integer.class),
                        (Integer) rs.getObject("age_to", Integer.class),
                        TextArrays.strings(rs.getArray("languages")),
                        rs.getBoolean("free_of_charge"),
                        rs.getString("cost"),
                        Participation.valueOf(rs.getString("participation")),
                        rs.getString("participation_note"),
                        rs.getString("registration_url"),
                        rs.getObject("event_id", UUID.class),
                        rs.getObject("place_id", UUID.class),
                        rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class),
                        rs.getObject("field_page_id", UUID.class),
                        List.of()),
                rs.getInt("version"));
    }
}
