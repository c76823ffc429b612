package de.mosaik.events.web;

import de.mosaik.events.CatalogueEntry;
import de.mosaik.events.EventTexts;
import de.mosaik.events.PublicEvent;
import de.mosaik.events.PublicSession;
import de.mosaik.events.PublicVenue;
import de.mosaik.events.QuestionKind;
import de.mosaik.events.Term;
import de.mosaik.shared.text.BerlinTime;
import de.mosaik.shared.translation.ShownText;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The JSON documents of the public API. They are their own types, apart from the page records,
 * so that the API stays stable when pages change; their field names are the API's contract.
 */
final class ApiModel {

    private ApiModel() {}

    /** A term of the tenant's vocabulary: {@code code} for built-in terms, {@code label} in the requested language. */
    record ApiTerm(UUID id, @Nullable String code, String name, String label) {}

    record ApiVenue(
            String name,
            String room,
            String street,
            String postalCode,
            String city,
            String directions,
            boolean stepFree,
            boolean accessibleToilet,
            boolean inductionLoop,
            boolean signLanguageOnRequest,
            boolean accessibleParking,
            String accessibilityNotes) {}

    /** One date; {@code start} and {@code end} in ISO 8601 with the offset of Europe/Berlin. */
    record ApiSession(
            OffsetDateTime start,
            OffsetDateTime end,
            boolean online,
            @Nullable ApiVenue venue,
            String note) {}

    /**
     * The OpenAPI description of each text's language field: a client needs it to mark a German
     * fallback on its own pages (e.g. {@code lang="de"}).
     */
    static final String TEXT_LANGUAGE = "Language the text is delivered in (ISO 639-1): the requested language "
            + "where a published, current translation exists, otherwise de (German, the source).";

    record ApiEvent(
            UUID id,
            String title,

            @Schema(description = TEXT_LANGUAGE, example = "de")
            String titleLanguage,

            String summary,

            @Schema(description = TEXT_LANGUAGE, example = "de")
            String summaryLanguage,

            String status,
            ApiTerm format,
            List<String> languages,
            List<ApiSession> sessions,
            @Nullable Integer capacity,
            @Nullable Integer seatsAvailable,
            int waitlistCount,
            boolean registrationOpen,
            String url) {}

    record ApiRegistrationWindow(
            @Nullable OffsetDateTime opensAt, @Nullable OffsetDateTime closesAt) {}

    record ApiSpeaker(String name, String organisation, String bio) {}

    record ApiQuestion(UUID id, QuestionKind kind, String label, List<String> options, boolean required) {}

    record ApiConsent(String text, int version) {}

    record ApiContact(String name, String email, String phone) {}

    record ApiEventDetail(
            UUID id,
            String title,

            @Schema(description = TEXT_LANGUAGE, example = "de")
            String titleLanguage,

            String summary,

            @Schema(description = TEXT_LANGUAGE, example = "de")
            String summaryLanguage,

            String status,
            ApiTerm format,
            List<String> languages,
            List<ApiSession> sessions,
            @Nullable Integer capacity,
            @Nullable Integer seatsAvailable,
            int waitlistCount,
            boolean registrationOpen,
            String url,
            String description,

            @Schema(description = TEXT_LANGUAGE, example = "de")
            String descriptionLanguage,

            List<ApiTerm> topics,
            List<ApiTerm> targetGroups,
            List<ApiSpeaker> speakers,
            ApiRegistrationWindow registrationWindow,
            boolean approvalRequired,
            boolean confirmationRequired,
            List<ApiQuestion> questions,
            ApiConsent consent,
            ApiContact contact,
            String registrationUrl,
            String calendarUrl) {}

    /** An event of a list, with its title and summary as the requested language gets them. */
    static ApiEvent event(
            CatalogueEntry entry,
            ShownText title,
            ShownText summary,
            Function<Term, ApiTerm> terms,
            Function<String, String> links) {
        return new ApiEvent(
                entry.id(),
                title.text(),
                language(title),
                summary.text(),
                language(summary),
                entry.status().name(),
                terms.apply(entry.format()),
                entry.languages(),
                entry.sessions().stream().map(ApiModel::session).toList(),
                entry.capacity(),
                entry.seatsAvailable(),
                entry.waitlistCount(),
                entry.registrationOpen(Instant.now()),
                links.apply(entry.path()));
    }

    static ApiEventDetail detail(
            PublicEvent event, EventTexts texts, Function<Term, ApiTerm> terms, Function<String, String> links) {
        var summary = event(event.entry(), texts.title(), texts.summary(), terms, links);
        var entry = event.entry();
        return new ApiEventDetail(
                summary.id(),
                summary.title(),
                summary.titleLanguage(),
                summary.summary(),
                summary.summaryLanguage(),
                summary.status(),
                summary.format(),
                summary.languages(),
                summary.sessions(),
                summary.capacity(),
                summary.seatsAvailable(),
                summary.waitlistCount(),
                summary.registrationOpen(),
                summary.url(),
                texts.descriptionHtml(),
                language(texts.description()),
                event.topics().stream().map(terms).toList(),
                event.targetGroups().stream().map(terms).toList(),
                event.speakers().stream()
                        .map(s -> new ApiSpeaker(s.name(), s.organisation(), s.bio()))
                        .toList(),
                new ApiRegistrationWindow(offset(entry.opensAt()), offset(entry.closesAt())),
                event.approvalRequired(),
                event.confirmationRequired(),
                event.questions().stream()
                        .map(q -> new ApiQuestion(q.id(), q.kind(), q.label(), q.options(), q.required()))
                        .toList(),
                new ApiConsent(event.consentText(), event.consentVersion()),
                new ApiContact(event.contactName(), event.contactEmail(), event.contactPhone()),
                links.apply(entry.path() + "/anmeldung"),
                links.apply(entry.path() + "/kalender.ics"));
    }

    private static String language(ShownText text) {
        return text.language().htmlLang();
    }

    private static ApiSession session(PublicSession session) {
        return new ApiSession(
                offset(session.startsAt()),
                offset(session.endsAt()),
                session.online(),
                session.venue() == null ? null : venue(session.venue()),
                session.note());
    }

    private static ApiVenue venue(PublicVenue venue) {
        return new ApiVenue(
                venue.name(),
                venue.room(),
                venue.street(),
                venue.postalCode(),
                venue.city(),
                venue.directions(),
                venue.stepFree(),
                venue.accessibleToilet(),
                venue.inductionLoop(),
                venue.signLanguageOnRequest(),
                venue.accessibleParking(),
                venue.accessibilityNotes());
    }

    private static @Nullable OffsetDateTime offset(@Nullable Instant instant) {
        return instant == null ? null : instant.atZone(BerlinTime.ZONE).toOffsetDateTime();
    }
}
