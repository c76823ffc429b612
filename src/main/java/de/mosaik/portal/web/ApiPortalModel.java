package de.mosaik.portal.web;

import de.mosaik.portal.OpeningHours;
import de.mosaik.portal.PortalTexts;
import de.mosaik.portal.PublishedImage;
import de.mosaik.portal.TimeRange;
import de.mosaik.portal.domain.News;
import de.mosaik.portal.domain.Offer;
import de.mosaik.portal.domain.Page;
import de.mosaik.portal.domain.PortalPlace;
import de.mosaik.portal.domain.PublicContact;
import de.mosaik.portal.domain.PublishedContent.Shown;
import de.mosaik.portal.domain.ShownTexts;
import de.mosaik.shared.text.SafeHtml;
import de.mosaik.shared.translation.ShownText;
import de.mosaik.shared.translation.work.LanguageTags;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The JSON documents of the portal's read API. They are their own types, apart from the pages' records, so
 * that the API stays stable when pages change; their field names are the API's contract.
 */
final class ApiPortalModel {

    private ApiPortalModel() {}

    /** Links staff wrote as site paths ({@code /kreis-dueren/seiten/…}) must work on another website too. */
    private static final Pattern SITE_LINK = Pattern.compile("href=\"/(?!/)");

    @Schema(description = "A text staff wrote, in the language it is delivered in.")
    record ApiText(
            String text,

            @Schema(
                    description = "BCP 47 tag of the language the text is in: the requested language where a "
                            + "published, current translation exists, otherwise de (German, the source). "
                            + "Einfache Sprache is de-x-einfach.",
                    example = "de")
            String lang,

            @Schema(
                    description = "true when the requested language has no published, current translation "
                            + "of this text and the German source is delivered instead: show it with "
                            + "lang=\"de\" (and dir=\"auto\" inside right-to-left pages).",
                    example = "true")
            boolean fallback) {}

    @Schema(description = "A Markdown text staff wrote, as sanitised HTML and as its Markdown source.")
    record ApiBody(
            @Schema(
                    description = "Sanitised HTML (paragraphs, h2–h4, lists, links, emphasis, quotes, code): "
                            + "safe to insert into a page as it is. Links to Mosaik pages are absolute.")
            String html,

            @Schema(
                    description = "The Markdown source the HTML was made from, for apps that render it "
                            + "themselves; they must not pass any HTML in it through unescaped.")
            String markdown,

            @Schema(description = "BCP 47 tag of the language of the text, as for every text", example = "ar")
            String lang,

            @Schema(description = "true when the German source is delivered instead of the requested language")
            boolean fallback) {}

    @Schema(description = "An image with its alternative text, which is always there.")
    record ApiImage(
            @Schema(description = "Absolute URL of the image in a width for pages")
            String url,

            @Schema(description = "The image in the stored widths, as for the srcset attribute; URLs absolute")
            String srcset,

            int width,
            int height,
            ApiText alt,
            ApiText caption,
            String credit) {}

    record ApiPageSummary(
            String slug,

            @Schema(description = "Slug of the page above; null for a field of work (Arbeitsfeld)") @Nullable
            String parentSlug,

            ApiText title,
            ApiText summary,

            @Schema(description = "The page on the tenant's Mosaik portal")
            String url) {}

    record ApiPage(
            String slug,
            @Nullable String parentSlug,
            ApiText title,
            ApiText summary,
            String url,
            ApiBody body,

            @Schema(description = "The public pages above this one, the field of work first")
            List<ApiPageSummary> ancestors,

            @Schema(description = "The public pages directly below this one, in their order")
            List<ApiPageSummary> children,

            @Schema(description = "Current offers that name this page as their field of work")
            List<ApiOfferSummary> offers,

            @Schema(description = "The contacts staff chose for this page, in their order")
            List<ApiContact> contacts) {}

    record ApiOfferSummary(
            String slug,
            ApiText title,
            ApiText summary,

            @Schema(
                    description = "Whom the offer is for",
                    allowableValues = {
                        "CHILDREN",
                        "YOUTH",
                        "PARENTS",
                        "ADULTS",
                        "NEWCOMERS",
                        "SCHOOLS",
                        "PROFESSIONALS",
                        "ORGANISATIONS",
                        "VOLUNTEERS"
                    })
            List<String> audiences,

            @Schema(description = "ISO 639 codes of the languages the offer is held in")
            List<String> languages,

            boolean freeOfCharge,

            @Schema(description = "First day, null when the offer runs without start") @Nullable
            LocalDate startsOn,

            @Schema(description = "Last day, null when the offer runs without end") @Nullable
            LocalDate endsOn,

            String url) {}

    record ApiEventLink(
            UUID id,

            @Schema(description = "The event's public page, with its registration")
            String url,

            @Schema(description = "The event in the events API")
            String apiUrl) {}

    record ApiPlaceLink(String slug, String name, String url) {}

    record ApiOffer(
            String slug,
            ApiText title,
            ApiText summary,
            List<String> audiences,
            List<String> languages,
            boolean freeOfCharge,
            @Nullable LocalDate startsOn,
            @Nullable LocalDate endsOn,
            String url,
            ApiBody body,

            @Schema(description = "More about whom the offer is for")
            ApiText audienceNote,

            @Nullable Integer ageFrom,
            @Nullable Integer ageTo,

            @Schema(description = "What taking part costs, when not free of charge")
            ApiText cost,

            @Schema(
                    description = "How to take part: get in touch with a contact, make an appointment, "
                            + "register on another website (registrationUrl) or for a Mosaik event (event)",
                    allowableValues = {"CONTACT", "APPOINTMENT", "LINK", "EVENT"})
            String participation,

            ApiText participationNote,

            @Schema(description = "Registration link on another website; empty unless participation is LINK")
            String registrationUrl,

            @Schema(description = "The Mosaik event to register for; null unless participation is EVENT") @Nullable
            ApiEventLink event,

            @Schema(description = "Where the offer takes place; null when no place is named") @Nullable
            ApiPlaceLink place,

            @Schema(description = "The related field of work; null when none or not public") @Nullable
            ApiPageSummary fieldOfWork,

            List<ApiContact> contacts) {}

    @Schema(description = "One span of opening hours: from opens (inclusive) until closes (exclusive), local time")
    record ApiTimeRange(
            @Schema(example = "09:00") String opens,
            @Schema(example = "12:30") String closes) {}

    record ApiWeekday(
            @Schema(allowableValues = {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"})
            String day,

            List<ApiTimeRange> hours) {}

    @Schema(description = "A date with other hours than its weekday; no hours: closed that day")
    record ApiExceptionDay(LocalDate date, List<ApiTimeRange> hours) {}

    @Schema(description = "Opening hours in Europe/Berlin local time; a weekday that is missing is closed.")
    record ApiOpeningHours(
            List<ApiWeekday> weekly,
            List<ApiExceptionDay> exceptions,

            @Schema(description = "true: visits (also) by appointment")
            boolean byAppointment,

            ApiText note) {}

    record ApiAccessibility(
            boolean stepFree,
            boolean accessibleToilet,
            boolean inductionLoop,
            boolean signLanguageOnRequest,
            boolean accessibleParking,
            ApiText notes) {}

    record ApiPlaceSummary(
            String slug, String name, ApiText summary, String street, String postalCode, String city, String url) {}

    record ApiPlace(
            String slug,
            String name,
            ApiText summary,
            String street,
            String postalCode,
            String city,
            String url,
            ApiOpeningHours openingHours,
            ApiAccessibility accessibility,

            @Schema(description = "How to get there by bus and train")
            ApiText transportNote,

            @Schema(description = "Photo of the place; null when it has none") @Nullable
            ApiImage photo,

            List<ApiContact> contacts,

            @Schema(description = "Current offers at this place")
            List<ApiOfferSummary> offers) {}

    @Schema(description = "A person or desk, with the contact details staff publish on the portal.")
    record ApiContact(
            UUID id,
            @Schema(allowableValues = {"PERSON", "DESK"}) String kind,

            @Schema(
                    description = "A desk's name is translated; a person's name is delivered as written "
                            + "and never marked as a fallback")
            ApiText name,

            @Schema(description = "Area of responsibility") ApiText responsibility,
            String phone,
            String email,
            ApiText consultationHours,

            @Schema(description = "ISO 639 codes of the languages spoken")
            List<String> languages) {}

    record ApiNewsSummary(
            String slug,
            ApiText title,
            @Schema(description = "The teaser") ApiText summary,
            LocalDate publishedOn,

            @Schema(description = "Last day the news is public; null: no expiry") @Nullable
            LocalDate expiresOn,

            String url) {}

    record ApiNews(
            String slug,
            ApiText title,
            ApiText summary,
            LocalDate publishedOn,
            @Nullable LocalDate expiresOn,
            String url,
            ApiBody body) {}

    /** Makes the site paths of the portal absolute: the API's readers show them on their own website. */
    interface Links {
        String link(String path);

        default String html(String html) {
            return SITE_LINK.matcher(html).replaceAll(java.util.regex.Matcher.quoteReplacement("href=\"" + link("/")));
        }
    }

    static ApiText text(ShownText shown) {
        return new ApiText(shown.text(), LanguageTags.of(shown.language()), shown.fallback());
    }

    static ApiBody body(ShownText shown, Links links) {
        return new ApiBody(
                links.html(SafeHtml.fromMarkdown(shown.text())),
                shown.text(),
                LanguageTags.of(shown.language()),
                shown.fallback());
    }

    static ApiPageSummary pageSummary(
            Shown<Page> shown, String tenant, Function<UUID, @Nullable String> slugs, Links links) {
        var page = shown.item();
        var texts = shown.texts();
        return new ApiPageSummary(
                page.slug(),
                page.parentId() == null ? null : slugs.apply(page.parentId()),
                text(texts.get(PortalTexts.TITLE)),
                text(texts.get(PortalTexts.SUMMARY)),
                links.link(ContentRoutes.publicPage(tenant, page.slug())));
    }

    static ApiOfferSummary offerSummary(Shown<Offer> shown, String tenant, Links links) {
        var offer = shown.item();
        var d = offer.details();
        return new ApiOfferSummary(
                offer.slug(),
                text(shown.texts().get(PortalTexts.TITLE)),
                text(shown.texts().get(PortalTexts.SUMMARY)),
                d.audiences().stream().map(Enum::name).sorted().toList(),
                d.languages(),
                d.freeOfCharge(),
                d.startsOn(),
                d.endsOn(),
                links.link(offer.path(tenant)));
    }

    static ApiContact contact(PublicContact contact) {
        var d = contact.contact().details();
        return new ApiContact(
                contact.contact().id(),
                d.kind().name(),
                text(contact.name()),
                text(contact.responsibility()),
                d.phone(),
                d.email(),
                text(contact.consultationHours()),
                d.languages());
    }

    static ApiPlaceSummary placeSummary(Shown<PortalPlace> shown, String tenant, Links links) {
        var place = shown.item();
        var d = place.details();
        return new ApiPlaceSummary(
                place.slug(),
                d.name(),
                text(shown.texts().get(PortalTexts.SUMMARY)),
                d.street(),
                d.postalCode(),
                d.city(),
                links.link(place.path(tenant)));
    }

    static ApiOpeningHours openingHours(OpeningHours hours, boolean byAppointment, ShownText note) {
        var weekly = java.util.Arrays.stream(DayOfWeek.values())
                .filter(day -> !hours.regular(day).isEmpty())
                .map(day -> new ApiWeekday(day.name(), ranges(hours.regular(day))))
                .toList();
        var exceptions = hours.exceptions().entrySet().stream()
                .map(e -> new ApiExceptionDay(e.getKey(), ranges(e.getValue())))
                .toList();
        return new ApiOpeningHours(weekly, exceptions, byAppointment, text(note));
    }

    static ApiAccessibility accessibility(PortalPlace place, ShownTexts texts) {
        var d = place.details();
        return new ApiAccessibility(
                d.stepFree(),
                d.accessibleToilet(),
                d.inductionLoop(),
                d.signLanguageOnRequest(),
                d.accessibleParking(),
                text(texts.get(PortalTexts.ACCESSIBILITY_NOTES)));
    }

    static ApiImage image(PublishedImage image, Links links) {
        var srcset = java.util.Arrays.stream(image.srcset().split(","))
                .map(String::strip)
                .filter(part -> !part.isEmpty())
                .map(part -> part.startsWith("/") ? links.link(part) : part)
                .collect(java.util.stream.Collectors.joining(", "));
        return new ApiImage(
                image.src().startsWith("/") ? links.link(image.src()) : image.src(),
                srcset,
                image.width(),
                image.height(),
                text(image.alt()),
                text(image.caption()),
                image.credit());
    }

    static ApiNewsSummary newsSummary(Shown<News> shown, String tenant, Links links) {
        var n = shown.item();
        return new ApiNewsSummary(
                n.slug(),
                text(shown.texts().get(PortalTexts.TITLE)),
                text(shown.texts().get(PortalTexts.SUMMARY)),
                n.publishedOn(),
                n.expiresOn(),
                links.link(ContentRoutes.publicNews(tenant, n.slug())));
    }

    private static List<ApiTimeRange> ranges(List<TimeRange> ranges) {
        return ranges.stream()
                .map(r -> new ApiTimeRange(r.opens().toString(), r.closes().toString()))
                .toList();
    }
}
