package de.mosaik.privacy.web;

import de.mosaik.privacy.domain.ArchiveDecision;
import de.mosaik.privacy.domain.ArchiveOffer;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The archive offers of a tenant: those waiting for a decision, and those decided or past their
 * deadline (whose registrations the nightly job deletes, or has deleted).
 */
public record ArchivePage(
        List<ArchiveOffer> waiting,
        List<ArchiveOffer> done,
        boolean offerSwitchedOn,
        @Nullable String problem,
        String base,
        String settingsHref,
        Instant now) {

    static ArchivePage of(
            List<ArchiveOffer> offers,
            boolean offerSwitchedOn,
            @Nullable String problem,
            String base,
            String settingsHref,
            Instant now) {
        return new ArchivePage(
                offers.stream().filter(o -> o.open(now)).toList(),
                offers.stream().filter(o -> !o.open(now)).toList(),
                offerSwitchedOn,
                problem,
                base,
                settingsHref,
                now);
    }

    public String action(ArchiveOffer offer) {
        return base + "/" + offer.id();
    }

    public String packageHref(ArchiveOffer offer) {
        return base + "/" + offer.id() + "/paket";
    }

    public List<ArchiveDecision> decisions() {
        return List.of(ArchiveDecision.values());
    }

    /** Message key of what happened to a closed offer. */
    public String outcomeKey(ArchiveOffer offer) {
        if (offer.decision() == null) {
            return offer.erasedAt() == null
                    ? "retention.archive.outcome.expired"
                    : "retention.archive.outcome.expiredErased";
        }
        return offer.erasedAt() == null
                ? "retention.archive.outcome.decided"
                : "retention.archive.outcome.decidedErased";
    }
}
