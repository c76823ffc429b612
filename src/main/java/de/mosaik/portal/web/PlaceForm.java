package de.mosaik.portal.web;

import de.mosaik.portal.OpeningHours;
import de.mosaik.portal.PlaceDetails;
import de.mosaik.portal.TimeRange;
import de.mosaik.portal.domain.HoursText;
import de.mosaik.portal.domain.PortalPlace;
import de.mosaik.shared.web.MultiLine;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** A place as staff edit it; opening hours are typed per weekday ({@code 9-12, 14-16}) and exceptions per line. */
public record PlaceForm(
        @Nullable String name,
        @Nullable String street,
        @Nullable String postalCode,
        @Nullable String city,
        @MultiLine @Nullable String summary,
        @Nullable String monday,
        @Nullable String tuesday,
        @Nullable String wednesday,
        @Nullable String thursday,
        @Nullable String friday,
        @Nullable String saturday,
        @Nullable String sunday,
        @MultiLine @Nullable String exceptions,
        boolean byAppointment,
        @MultiLine @Nullable String hoursNote,
        boolean stepFree,
        boolean accessibleToilet,
        boolean inductionLoop,
        boolean signLanguageOnRequest,
        boolean accessibleParking,
        @MultiLine @Nullable String accessibilityNotes,
        @MultiLine @Nullable String transportNote,
        @Nullable List<String> contactIds,
        @Nullable String photoId,
        int version) {

    /** The form fields of the weekdays, Monday first. */
    public static final List<String> DAYS =
            List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    static PlaceForm empty() {
        return new PlaceForm(
                "", "", "", "", "", "", "", "", "", "", "", "", "", false, "", false, false, false, false, false, "",
                "", List.of(), "", 0);
    }

    static PlaceForm of(PortalPlace place) {
        var d = place.details();
        var h = d.hours();
        return new PlaceForm(
                d.name(),
                d.street(),
                d.postalCode(),
                d.city(),
                d.summary(),
                HoursText.format(h.regular(DayOfWeek.MONDAY)),
                HoursText.format(h.regular(DayOfWeek.TUESDAY)),
                HoursText.format(h.regular(DayOfWeek.WEDNESDAY)),
                HoursText.format(h.regular(DayOfWeek.THURSDAY)),
                HoursText.format(h.regular(DayOfWeek.FRIDAY)),
                HoursText.format(h.regular(DayOfWeek.SATURDAY)),
                HoursText.format(h.regular(DayOfWeek.SUNDAY)),
                HoursText.formatExceptions(h.exceptions()),
                d.byAppointment(),
                d.hoursNote(),
                d.stepFree(),
                d.accessibleToilet(),
                d.inductionLoop(),
                d.signLanguageOnRequest(),
                d.accessibleParking(),
                d.accessibilityNotes(),
                d.transportNote(),
                d.contactIds().stream().map(Object::toString).toList(),
                place.photoId() == null ? "" : place.photoId().toString(),
                place.version());
    }

    PlaceForm withVersion(int newVersion) {
        return new PlaceForm(
                name,
                street,
                postalCode,
                city,
                summary,
                monday,
                tuesday,
                wednesday,
                thursday,
                friday,
                saturday,
                sunday,
                exceptions,
                byAppointment,
                hoursNote,
                stepFree,
                accessibleToilet,
                inductionLoop,
                signLanguageOnRequest,
                accessibleParking,
                accessibilityNotes,
                transportNote,
                contactIds,
                photoId,
                newVersion);
    }

    /** The typed hours of a weekday field. */
    public String day(String field) {
        return switch (field) {
            case "monday" -> FormText.strip(monday);
            case "tuesday" -> FormText.strip(tuesday);
            case "wednesday" -> FormText.strip(wednesday);
            case "thursday" -> FormText.strip(thursday);
            case "friday" -> FormText.strip(friday);
            case "saturday" -> FormText.strip(saturday);
            default -> FormText.strip(sunday);
        };
    }

    /** Whether the photo choice {@code id} is the chosen one; "" is "no photo". */
    public boolean showsPhoto(String id) {
        return FormText.strip(photoId).equals(id);
    }

    /** The chosen photo; null for none and for text that is no id (the latter {@link #check} refuses). */
    @Nullable
    UUID photo() {
        try {
            var text = FormText.strip(photoId);
            return text.isEmpty() ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public boolean names(String contactId) {
        return FormText.list(contactIds).contains(contactId);
    }

    void check(BindingResult result) {
        var name = FormText.strip(this.name);
        if (name.isEmpty()) {
            result.rejectValue("name", "portal.place.name.required");
        } else if (name.length() > 200) {
            result.rejectValue("name", "portal.content.tooLong");
        }
        if (FormText.strip(street).length() > 200) {
            result.rejectValue("street", "portal.content.tooLong");
        }
        if (FormText.strip(postalCode).length() > 10) {
            result.rejectValue("postalCode", "portal.content.tooLong");
        }
        if (FormText.strip(city).length() > 100) {
            result.rejectValue("city", "portal.content.tooLong");
        }
        for (var field : DAYS) {
            try {
                HoursText.ranges(day(field));
            } catch (HoursText.Invalid e) {
                result.rejectValue(field, "portal.place.hours.invalid");
            }
        }
        if (!FormText.strip(photoId).isEmpty() && photo() == null) {
            result.rejectValue("photoId", "portal.place.photo.unknown");
        }
        try {
            HoursText.exceptions(FormText.multiline(exceptions));
        } catch (HoursText.Invalid e) {
            result.rejectValue("exceptions", "portal.place.exceptions.invalid", new Object[] {e.line()}, null);
        }
    }

    /** The details; call after {@link #check} found no error. */
    PlaceDetails details() {
        var weekly = new EnumMap<DayOfWeek, List<TimeRange>>(DayOfWeek.class);
        Map<LocalDate, List<TimeRange>> other;
        try {
            for (int i = 0; i < DAYS.size(); i++) {
                weekly.put(DayOfWeek.of(i + 1), HoursText.ranges(day(DAYS.get(i))));
            }
            other = HoursText.exceptions(FormText.multiline(exceptions));
        } catch (HoursText.Invalid e) {
            throw new IllegalStateException("opening hours were not checked", e);
        }
        return new PlaceDetails(
                FormText.strip(name),
                FormText.strip(street),
                FormText.strip(postalCode),
                FormText.strip(city),
                FormText.multiline(summary),
                new OpeningHours(weekly, other),
                byAppointment,
                FormText.multiline(hoursNote),
                stepFree,
                accessibleToilet,
                inductionLoop,
                signLanguageOnRequest,
                accessibleParking,
                FormText.multiline(accessibilityNotes),
                FormText.multiline(transportNote),
                FormText.uuids(contactIds));
    }
}
