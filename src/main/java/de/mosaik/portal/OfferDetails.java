package de.mosaik.portal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What staff enter about an offer. {@code body} is Markdown. {@code languages} are ISO 639 codes of
 * the languages the offer is held in. {@code fieldPageId} names the portal page of the related field
 * of work. {@code eventId} is the Mosaik event to register for when {@code participation} is EVENT;
 * {@code registrationUrl} the link when it is LINK.
 */
public record OfferDetails(
        String title,
        String summary,
        String body,
        Set<OfferAudience> audiences,
        String audienceNote,
        @Nullable Integer ageFrom,
        @Nullable Integer ageTo,
        List<String> languages,
        boolean freeOfCharge,
        String cost,
        Participation participation,
        String participationNote,
        String registrationUrl,
        @Nullable UUID eventId,
        @Nullable UUID placeId,
        @Nullable LocalDate startsOn,
        @Nullable LocalDate endsOn,
        @Nullable UUID fieldPageId,
        List<UUID> contactIds) {

    public OfferDetails {
        audiences = Set.copyOf(audiences);
        languages = List.copyOf(languages);
        contactIds = List.copyOf(contactIds);
    }

    /** Whether the offer runs on {@code day}: within its period, or ongoing. */
    public boolean current(LocalDate day) {
        return (startsOn == null || !day.isBefore(startsOn)) && (endsOn == null || !day.isAfter(endsOn));
    }
}
