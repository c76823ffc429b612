package de.mosaik.portal.domain;

import de.mosaik.portal.OpeningHours;
import de.mosaik.portal.PlaceDetails;
import de.mosaik.portal.PortalImages;
import de.mosaik.portal.PortalTexts;
import de.mosaik.portal.TimeRange;
import de.mosaik.shared.text.Slugs;
import de.mosaik.shared.translation.TextKey;
import de.mosaik.shared.translation.Translations;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The tenant's places with their opening hours and contacts. */
@Service
public class PortalPlaceService {

    private static final Slugs SLUGS = Slugs.upTo(PortalSlugs.MAX, PortalSlugs.FALLBACK);

    /** The translatable fields of a place, in the order the editor shows them. */
    static final List<String> TRANSLATED = List.of(
            PortalTexts.SUMMARY, PortalTexts.HOURS_NOTE, PortalTexts.ACCESSIBILITY_NOTES, PortalTexts.TRANSPORT_NOTE);

    private static final String COLUMNS = """
            id, slug, name, street, postal_code, city, summary, by_appointment, hours_note, step_free,
            accessible_toilet, induction_loop, sign_language_on_request, accessible_parking, accessibility_notes,
            transport_note, photo_image_id, version
            """;

    /** The user kind under which a place records the image it shows in the library: its owner kind. */
    static final String IMAGE_USER = PortalTexts.PLACE;

    private final JdbcClient jdbc;
    private final Translations translations;
    private final PortalImages images;

    PortalPlaceService(JdbcClient jdbc, Translations translations, PortalImages images) {
        this.jdbc = jdbc;
        this.translations = translations;
        this.images = images;
    }

    @Transactional(readOnly = true)
    public List<PortalPlace> all(UUID tenantId) {
        return load("tenant_id = ? order by name", tenantId);
    }

    @Transactional(readOnly = true)
    public Optional<PortalPlace> byId(UUID tenantId, UUID id) {
        return load("tenant_id = ? and id = ?", tenantId, id).stream().findFirst();
    }

    @Transactional(readOnly = true)
    public Optional<PortalPlace> bySlug(UUID tenantId, String slug) {
        return load("tenant_id = ? and slug = ?", tenantId, slug).stream().findFirst();
    }

    /** The new place's id, or empty when the tenant has a place of that name. */
    @Transactional
    public Optional<UUID> create(UUID tenantId, PlaceDetails d) {
        var created = create(tenantId, d, null);
        return created.outcome() == EditOutcome.DONE ? Optional.of(created.id()) : Optional.empty();
    }

    /** What became of a new place: its id when {@code outcome} is DONE. */
    public record Created(EditOutcome outcome, @Nullable UUID id) {}

    /**
     * A new place showing {@code photoId} (null: no photo); NAME_TAKEN or IMAGE_UNKNOWN (not an image of
     * the tenant's library) write nothing.
     */
    @Transactional
    public Created create(UUID tenantId, PlaceDetails d, @Nullable UUID photoId) {
        if (nameTaken(tenantId, d.name(), null)) {
            return new Created(EditOutcome.NAME_TAKEN, null);
        }
        var id = UUID.randomUUID();
        // Recorded first: false means another tenant's or no image, and nothing is written yet.
        if (photoId != null && !images.use(tenantId, photoId, IMAGE_USER, id)) {
            return new Created(EditOutcome.IMAGE_UNKNOWN, null);
        }
        var slug = SLUGS.unique(d.name(), s -> slugTaken(tenantId, s));
        jdbc.sql("""
                        insert into portal.place (id, tenant_id, slug, name, street, postal_code, city, summary,
                            by_appointment, hours_note, step_free, accessible_toilet, induction_loop,
                            sign_language_on_request, accessible_parking, accessibility_notes, transport_note,
                            photo_image_id)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        tenantId,
                        slug,
                        d.name(),
                        d.street(),
                        d.postalCode(),
                        d.city(),
                        d.summary(),
                        d.byAppointment(),
                        d.hoursNote(),
                        d.stepFree(),
                        d.accessibleToilet(),
                        d.inductionLoop(),
                        d.signLanguageOnRequest(),
                        d.accessibleParking(),
                        d.accessibilityNotes(),
                        d.transportNote(),
                        photoId)
                .update();
        writeHours(id, d.hours());
        LinkedContacts.replace(jdbc, "place_contact", "place_id", tenantId, id, d.contactIds());
        return new Created(EditOutcome.DONE, id);
    }

    /**
     * Saves the place if nobody saved it since {@code version}. Changed texts make their translations
     * outdated unless staff call it a {@code minorEdit}.
     */
    @Transactional
    public EditOutcome update(UUID tenantId, UUID id, int version, PlaceDetails d, boolean minorEdit) {
        var before = byId(tenantId, id);
        if (before.isEmpty()) {
            return EditOutcome.NOT_FOUND;
        }
        return update(tenantId, id, version, d, before.get().photoId(), minorEdit);
    }

    /**
     * Saves the place with {@code photoId} (null: no photo) as {@link #update(UUID, UUID, int,
     * PlaceDetails, boolean)} does; the library learns that the place shows the new photo and no longer
     * the old one. IMAGE_UNKNOWN (not an image of the tenant's library) writes nothing.
     */
    @Transactional
    public EditOutcome update(
            UUID tenantId, UUID id, int version, PlaceDetails d, @Nullable UUID photoId, boolean minorEdit) {
        var before = byId(tenantId, id);
        if (before.isEmpty()) {
            return EditOutcome.NOT_FOUND;
        }
        if (nameTaken(tenantId, d.name(), id)) {
            return EditOutcome.NAME_TAKEN;
        }
        var oldPhoto = before.get().photoId();
        var newUse = photoId != null && !photoId.equals(oldPhoto);
        // Recorded first: false means another tenant's or no image, and nothing is written yet.
        if (newUse && !images.use(tenantId, photoId, IMAGE_USER, id)) {
            return EditOutcome.IMAGE_UNKNOWN;
        }
        int changed = jdbc.sql("""
                        update portal.place set name = ?, street = ?, postal_code = ?, city = ?, summary = ?,
                            by_appointment = ?, hours_note = ?, step_free = ?, accessible_toilet = ?,
                            induction_loop = ?, sign_language_on_request = ?, accessible_parking = ?,
                            accessibility_notes = ?, transport_note = ?, photo_image_id = ?, version = version + 1,
                            updated_at = now()
                        where id = ? and tenant_id = ? and version = ?
                        """)
                .params(
                        d.name(),
                        d.street(),
                        d.postalCode(),
                        d.city(),
                        d.summary(),
                        d.byAppointment(),
                        d.hoursNote(),
                        d.stepFree(),
                        d.accessibleToilet(),
                        d.inductionLoop(),
                        d.signLanguageOnRequest(),
                        d.accessibleParking(),
                        d.accessibilityNotes(),
                        d.transportNote(),
                        photoId,
                        id,
                        tenantId,
                        version)
                .update();
        if (changed != 1) {
            if (newUse) {
                images.release(tenantId, photoId, IMAGE_USER, id);
            }
            return EditOutcome.CHANGED_MEANWHILE;
        }
        if (oldPhoto != null && !oldPhoto.equals(photoId)) {
            images.release(tenantId, oldPhoto, IMAGE_USER, id);
        }
        writeHours(id, d.hours());
        LinkedContacts.replace(jdbc, "place_contact", "place_id", tenantId, id, d.contactIds());
        var old = texts(before.get().details());
        var now = texts(d);
        for (var field : TRANSLATED) {
            translations.sourceChanged(
                    tenantId, new TextKey(PortalTexts.PLACE, id, field), old.get(field), now.get(field), minorEdit);
        }
        return EditOutcome.DONE;
    }

    /** Deletes the place and its translations; offers at it keep no place, its photo is free to delete. */
    @Transactional
    public boolean delete(UUID tenantId, UUID id) {
        int deleted = jdbc.sql("delete from portal.place where tenant_id = ? and id = ?")
                .params(tenantId, id)
                .update();
        translations.removeOwner(tenantId, PortalTexts.PLACE, id);
        images.releaseAll(tenantId, IMAGE_USER, id);
        return deleted == 1;
    }

    /** The place's German texts by field name. */
    static Map<String, String> texts(PlaceDetails d) {
        return Map.of(
                PortalTexts.SUMMARY, d.summary(),
                PortalTexts.HOURS_NOTE, d.hoursNote(),
                PortalTexts.ACCESSIBILITY_NOTES, d.accessibilityNotes(),
                PortalTexts.TRANSPORT_NOTE, d.transportNote());
    }

    private List<PortalPlace> load(String where, Object... params) {
        var rows = jdbc.sql("select " + COLUMNS + " from portal.place where " + where)
                .params(params)
                .query((rs, row) -> new Row(rs))
                .list();
        var result = new ArrayList<PortalPlace>();
        for (var row : rows) {
            result.add(row.place(hours(row.id), LinkedContacts.of(jdbc, "place_contact", "place_id", row.id)));
        }
        return result;
    }

    private OpeningHours hours(UUID placeId) {
        var weekly = new HashMap<DayOfWeek, List<TimeRange>>();
        jdbc.sql("select weekday, opens, closes from portal.place_hours where place_id = ? order by weekday, opens")
                .param(placeId)
                .query(rs -> {
                    weekly.computeIfAbsent(DayOfWeek.of(rs.getInt("weekday")), d -> new ArrayList<>())
                            .add(new TimeRange(
                                    rs.getObject("opens", LocalTime.class), rs.getObject("closes", LocalTime.class)));
                });
        var exceptions = new HashMap<LocalDate, List<TimeRange>>();
        jdbc.sql("select day, opens, closes from portal.place_exception where place_id = ? order by day, opens")
                .param(placeId)
                .query(rs -> {
                    var ranges =
                            exceptions.computeIfAbsent(rs.getObject("day", LocalDate.class), d -> new ArrayList<>());
                    var opens = rs.getObject("opens", LocalTime.class);
                    if (opens != null) {
                        ranges.add(new TimeRange(opens, rs.getObject("closes", LocalTime.class)));
                    }
                });
        return new OpeningHours(weekly, exceptions);
    }

    private void writeHours(UUID placeId, OpeningHours hours) {
        jdbc.sql("delete from portal.place_hours where place_id = ?")
                .param(placeId)
                .update();
        jdbc.sql("delete from portal.place_exception where place_id = ?")
                .param(placeId)
                .update();
        hours.weekly().forEach((day, ranges) -> {
            for (var range : ranges) {
                jdbc.sql("insert into portal.place_hours (place_id, weekday, opens, closes) values (?, ?, ?, ?)")
                        .params(placeId, day.getValue(), range.opens(), range.closes())
                        .update();
            }
        });
        hours.exceptions().forEach((day, ranges) -> {
            if (ranges.isEmpty()) {
                jdbc.sql("insert into portal.place_exception (place_id, day) values (?, ?)")
                        .params(placeId, day)
                        .update();
            }
            for (var range : ranges) {
                jdbc.sql("insert into portal.place_exception (place_id, day, opens, closes) values (?, ?, ?, ?)")
                        .params(placeId, day, range.opens(), range.closes())
                        .update();
            }
        });
    }

    private boolean nameTaken(UUID tenantId, String name, @Nullable UUID except) {
        return jdbc.sql("""
                        select exists (select 1 from portal.place where tenant_id = ? and lower(name) = lower(?)
                                       and id is distinct from ?::uuid)
                        """).params(tenantId, name, except).query(Boolean.class).single();
    }

    private boolean slugTaken(UUID tenantId, String slug) {
        return jdbc.sql("select exists (select 1 from portal.place where tenant_id = ? and slug = ?)")
                .params(tenantId, slug)
                .query(Boolean.class)
                .single();
    }

    /** One row of portal.place, read before the hours and contacts that need further queries. */
    private static final class Row {
        final UUID id;
        final String slug;
        final String name, street, postalCode, city, summary, hoursNote, accessibilityNotes, transportNote;
        final boolean byAppointment, stepFree, accessibleToilet, inductionLoop, signLanguage, parking;
        final @Nullable UUID photoId;
        final int version;

        Row(ResultSet rs) throws SQLException {
            id = rs.getObject("id", UUID.class);
            slug = rs.getString("slug");
            name = rs.getString("name");
            street = rs.getString("street");
            postalCode = rs.getString("postal_code");
            city = rs.getString("city");
            summary = rs.getString("summary");
            byAppointment = rs.getBoolean("by_appointment");
            hoursNote = rs.getString("hours_note");
            stepFree = rs.getBoolean("step_free");
            accessibleToilet = rs.getBoolean("accessible_toilet");
            inductionLoop = rs.getBoolean("induction_loop");
            signLanguage = rs.getBoolean("sign_language_on_request");
            parking = rs.getBoolean("accessible_parking");
            accessibilityNotes = rs.getString("accessibility_notes");
            transportNote = rs.getString("transport_note");
            photoId = rs.getObject("photo_image_id", UUID.class);
            version = rs.getInt("version");
        }

        PortalPlace place(OpeningHours hours, List<UUID> contacts) {
            return new PortalPlace(
                    id,
                    slug,
                    new PlaceDetails(
                            name,
                            street,
                            postalCode,
                            city,
                            summary,
                            hours,
                            byAppointment,
                            hoursNote,
                            stepFree,
                            accessibleToilet,
                            inductionLoop,
                            signLanguage,
                            parking,
                            accessibilityNotes,
                            transportNote,
                            contacts),
                    photoId,
                    version);
        }
    }
}
