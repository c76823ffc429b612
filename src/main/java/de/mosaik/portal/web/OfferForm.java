package de.mosaik.portal.web;

import de.mosaik.portal.OfferAudience;
import de.mosaik.portal.OfferDetails;
import de.mosaik.portal.Participation;
import de.mosaik.portal.domain.Offer;
import de.mosaik.portal.domain.OfferStatus;
import de.mosaik.portal.domain.PageTree;
import de.mosaik.shared.web.MultiLine;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** An offer as staff edit it. */
public record OfferForm(
        @Nullable String title,
        @MultiLine @Nullable String summary,
        @MultiLine @Nullable String body,
        @Nullable List<String> audiences,
        @Nullable String audienceNote,
        @Nullable String ageFrom,
        @Nullable String ageTo,
        @Nullable List<String> languages,
        boolean freeOfCharge,
        @Nullable String cost,
        @Nullable String participation,
        @MultiLine @Nullable String participationNote,
        @Nullable String registrationUrl,
        @Nullable String eventId,
        @Nullable String placeId,
        @Nullable String startsOn,
        @Nullable String endsOn,
        @Nullable String fieldPageId,
        @Nullable List<String> contactIds,
        boolean published,
        int version) {

    static OfferForm empty() {
        return new OfferForm(
                "",
                "",
                "",
                List.of(),
                "",
                "",
                "",
                List.of("de"),
                true,
                "",
                "CONTACT",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                List.of(),
                false,
                0);
    }

    static OfferForm of(Offer offer) {
        var d = offer.details();
        return new OfferForm(
                d.title(),
                d.summary(),
                d.body(),
                d.audiences().stream().map(Enum::name).sorted().toList(),
                d.audienceNote(),
                d.ageFrom() == null ? "" : d.ageFrom().toString(),
                d.ageTo() == null ? "" : d.ageTo().toString(),
                d.languages(),
                d.freeOfCharge(),
                d.cost(),
                d.participation().name(),
                d.participationNote(),
                d.registrationUrl(),
                d.eventId() == null ? "" : d.eventId().toString(),
                d.placeId() == null ? "" : d.placeId().toString(),
                d.startsOn() == null ? "" : d.startsOn().toString(),
                d.endsOn() == null ? "" : d.endsOn().toString(),
                d.fieldPageId() == null ? "" : d.fieldPageId().toString(),
                d.contactIds().stream().map(Object::toString).toList(),
                offer.published(),
                offer.version());
    }

    OfferForm withVersion(int newVersion) {
        return new OfferForm(
                title,
                summary,
                body,
                audiences,
                audienceNote,
                ageFrom,
                ageTo,
                languages,
                freeOfCharge,
                cost,
                participation,
                participationNote,
                registrationUrl,
                eventId,
                placeId,
                startsOn,
                endsOn,
                fieldPageId,
                contactIds,
                published,
                newVersion);
    }

    public boolean isFor(String audience) {
        return FormText.list(audiences).contains(audience);
    }

    public boolean heldIn(String code) {
        return FormText.list(languages).contains(code);
    }

    public boolean names(String contactId) {
        return FormText.list(contactIds).contains(contactId);
    }

    void check(BindingResult result) {
        var title = FormText.strip(this.title);
        if (title.isEmpty()) {
            result.rejectValue("title", "portal.offer.title.required");
        } else if (title.length() > 200) {
            result.rejectValue("title", "portal.content.tooLong");
        }
        var from = age(ageFrom, "ageFrom", result);
        var to = age(ageTo, "ageTo", result);
        if (from != null && to != null && from > to) {
            result.rejectValue("ageTo", "portal.offer.age.order");
        }
        for (var audience : FormText.list(audiences)) {
            if (EnumSet.allOf(OfferAudience.class).stream()
                    .noneMatch(a -> a.name().equals(audience))) {
                result.rejectValue("audiences", "portal.offer.audience.unknown");
            }
        }
        if (Participation.CONTACT.name().equals(participation)
                || Participation.APPOINTMENT.name().equals(participation)) {
            // contacts are optional: the note may say whom to ask
        } else if (Participation.LINK.name().equals(participation)) {
            if (!webAddress(FormText.strip(registrationUrl))) {
                result.rejectValue("registrationUrl", "portal.offer.url.invalid");
            }
        } else if (Participation.EVENT.name().equals(participation)) {
            if (FormText.uuid(eventId).isEmpty()) {
                result.rejectValue("eventId", "portal.offer.event.required");
            }
        } else {
            result.rejectValue("participation", "portal.offer.participation.required");
        }
        if (!FormText.strip(registrationUrl).isEmpty() && !webAddress(FormText.strip(registrationUrl))) {
            if (!result.hasFieldErrors("registrationUrl")) {
                result.rejectValue("registrationUrl", "portal.offer.url.invalid");
            }
        }
        var start = date(startsOn, "startsOn", result);
        var end = date(endsOn, "endsOn", result);
        if (start != null && end != null && start.isAfter(end)) {
            result.rejectValue("endsOn", "portal.offer.period.order");
        }
        if (FormText.strip(cost).length() > 500) {
            result.rejectValue("cost", "portal.content.tooLong");
        }
    }

    /** Refuses a field of work that is not one of the tenant's pages (another tenant's or a made-up id). */
    void checkFieldPage(BindingResult result, PageTree tenantPages) {
        var text = FormText.strip(fieldPageId);
        if (text.isEmpty()) {
            return;
        }
        var id = FormText.uuid(text);
        if (id.isEmpty() || tenantPages.page(id.get()).isEmpty()) {
            result.rejectValue("fieldPageId", "portal.offer.fieldPage.unknown");
        }
    }

    /** The details; call after {@link #check} found no error. */
    OfferDetails details() {
        Set<OfferAudience> chosen = EnumSet.noneOf(OfferAudience.class);
        FormText.list(audiences).forEach(a -> chosen.add(OfferAudience.valueOf(a)));
        var way = Participation.valueOf(Objects.requireNonNull(participation));
        return new OfferDetails(
                FormText.strip(title),
                FormText.multiline(summary),
                FormText.multiline(body),
                chosen,
                FormText.strip(audienceNote),
                parseAge(ageFrom),
                parseAge(ageTo),
                SpokenLanguages.known(FormText.list(languages)),
                freeOfCharge,
                freeOfCharge ? "" : FormText.strip(cost),
                way,
                FormText.multiline(participationNote),
                FormText.strip(registrationUrl),
                way == Participation.EVENT ? FormText.uuid(eventId).orElse(null) : null,
                FormText.uuid(placeId).orElse(null),
                parseDate(startsOn),
                parseDate(endsOn),
                FormText.uuid(fieldPageId).orElse(null),
                FormText.uuids(contactIds));
    }

    OfferStatus status() {
        return published ? OfferStatus.PUBLISHED : OfferStatus.DRAFT;
    }

    private static boolean webAddress(String value) {
        try {
            var uri = new URI(value);
            return value.length() <= 500
                    && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static @Nullable Integer age(@Nullable String value, String field, BindingResult result) {
        var text = FormText.strip(value);
        if (text.isEmpty()) {
            return null;
        }
        try {
            int age = Integer.parseInt(text);
            if (age < 0 || age > 120) {
                result.rejectValue(field, "portal.offer.age.invalid");
                return null;
            }
            return age;
        } catch (NumberFormatException e) {
            result.rejectValue(field, "portal.offer.age.invalid");
            return null;
        }
    }

    private static @Nullable Integer parseAge(@Nullable String value) {
        var text = FormText.strip(value);
        return text.isEmpty() ? null : Integer.valueOf(text);
    }

    private static @Nullable LocalDate date(@Nullable String value, String field, BindingResult result) {
        try {
            return parseDate(value);
        } catch (DateTimeParseException e) {
            result.rejectValue(field, "portal.offer.date.invalid");
            return null;
        }
    }

    private static @Nullable LocalDate parseDate(@Nullable String value) {
        var text = FormText.strip(value);
        return text.isEmpty() ? null : LocalDate.parse(text);
    }
}
