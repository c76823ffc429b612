package de.mosaik.networks.domain;

import static de.mosaik.networks.RecommendationStatus.ADOPTED;
import static de.mosaik.networks.RecommendationStatus.DRAFT;
import static de.mosaik.networks.RecommendationStatus.DROPPED;
import static de.mosaik.networks.RecommendationStatus.IMPLEMENTED;
import static de.mosaik.networks.RecommendationStatus.IN_PROGRESS;

import de.mosaik.networks.RecommendationStatus;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which status changes of a recommendation the coordination may make. A recommendation goes forward only:
 * a draft is adopted (on a day, not in the future, perhaps at a meeting) or dropped; an adopted one is taken up,
 * done or dropped; one in progress is done or dropped. Done and dropped are final: the timeline tells what
 * happened, and a recommendation taken up again is a new one.
 */
public final class RecommendationStatusPolicy {

    private static final Map<RecommendationStatus, Set<RecommendationStatus>> NEXT = Map.of(
            DRAFT, EnumSet.of(ADOPTED, DROPPED),
            ADOPTED, EnumSet.of(IN_PROGRESS, IMPLEMENTED, DROPPED),
            IN_PROGRESS, EnumSet.of(IMPLEMENTED, DROPPED),
            IMPLEMENTED, EnumSet.noneOf(RecommendationStatus.class),
            DROPPED, EnumSet.noneOf(RecommendationStatus.class));

    /** The answer to a change; everything but {@link #ALLOWED} is refused with the message of its key. */
    public enum Verdict {
        ALLOWED,
        NOT_ALLOWED,
        ADOPTION_DATE_MISSING,
        ADOPTION_DATE_IN_FUTURE;

        public String messageKey() {
            return "networks.recommendation.verdict." + name();
        }
    }

    /** The statuses the recommendation may go to from {@code current}, in order. */
    public Set<RecommendationStatus> next(RecommendationStatus current) {
        return NEXT.get(current);
    }

    /**
     * Whether the change from {@code current} to {@code target} may be made on {@code today}; adopting needs
     * the adoption day, which may not lie after today.
     */
    public Verdict decide(
            RecommendationStatus current, RecommendationStatus target, @Nullable LocalDate adoptedOn, LocalDate today) {
        if (!NEXT.get(current).contains(target)) {
            return Verdict.NOT_ALLOWED;
        }
        if (target == ADOPTED) {
            if (adoptedOn == null) {
                return Verdict.ADOPTION_DATE_MISSING;
            }
            if (adoptedOn.isAfter(today)) {
                return Verdict.ADOPTION_DATE_IN_FUTURE;
            }
        }
        return Verdict.ALLOWED;
    }
}
