package de.mosaik.events;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Everything the public event page and the API show of one event. */
public record PublicEvent(
        CatalogueEntry entry,
        String descriptionMarkdown,
        String descriptionHtml,
        List<Term> topics,
        List<Term> targetGroups,
        String contactName,
        String contactEmail,
        String contactPhone,
        List<PublicSpeaker> speakers,
        List<Question> questions,
        String consentText,
        int consentVersion,
        boolean approvalRequired,
        boolean confirmationRequired,
        @Nullable String cancellationMessage) {}
