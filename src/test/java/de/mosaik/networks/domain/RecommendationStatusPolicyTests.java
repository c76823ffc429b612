package de.mosaik.networks.domain;

import static de.mosaik.networks.RecommendationStatus.ADOPTED;
import static de.mosaik.networks.RecommendationStatus.DRAFT;
import static de.mosaik.networks.RecommendationStatus.DROPPED;
import static de.mosaik.networks.RecommendationStatus.IMPLEMENTED;
import static de.mosaik.networks.RecommendationStatus.IN_PROGRESS;
import static de.mosaik.networks.domain.RecommendationStatusPolicy.Verdict.ADOPTION_DATE_IN_FUTURE;
import static de.mosaik.networks.domain.RecommendationStatusPolicy.Verdict.ADOPTION_DATE_MISSING;
import static de.mosaik.networks.domain.RecommendationStatusPolicy.Verdict.ALLOWED;
import static de.mosaik.networks.domain.RecommendationStatusPolicy.Verdict.NOT_ALLOWED;
import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.networks.RecommendationStatus;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every pair of statuses: which change the coordination may make, and what adopting needs. */
class RecommendationStatusPolicyTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 15);

    private final RecommendationStatusPolicy policy = new RecommendationStatusPolicy();

    /** The allowed changes, written out once more: forward only, done and dropped are final. */
    private static final Map<RecommendationStatus, Set<RecommendationStatus>> ALLOWED_CHANGES = Map.of(
            DRAFT, EnumSet.of(ADOPTED, DROPPED),
            ADOPTED, EnumSet.of(IN_PROGRESS, IMPLEMENTED, DROPPED),
            IN_PROGRESS, EnumSet.of(IMPLEMENTED, DROPPED),
            IMPLEMENTED, EnumSet.noneOf(RecommendationStatus.class),
            DROPPED, EnumSet.noneOf(RecommendationStatus.class));

    @Test
    void everyPairOfStatusesIsDecidedAsWrittenOut() {
        for (var from : RecommendationStatus.values()) {
            for (var to : RecommendationStatus.values()) {
                var expected = ALLOWED_CHANGES.get(from).contains(to) ? ALLOWED : NOT_ALLOWED;
                assertThat(policy.decide(from, to, TODAY, TODAY))
                        .as("%s → %s", from, to)
                        .isEqualTo(expected);
            }
            assertThat(policy.next(from)).as("next of %s", from).isEqualTo(ALLOWED_CHANGES.get(from));
        }
    }

    @Test
    void stayingInTheSameStatusIsNoChange() {
        for (var status : RecommendationStatus.values()) {
            assertThat(policy.decide(status, status, TODAY, TODAY)).isEqualTo(NOT_ALLOWED);
        }
    }

    @Test
    void nothingGoesBackToDraft() {
        for (var status : EnumSet.complementOf(EnumSet.of(DRAFT))) {
            assertThat(policy.decide(status, DRAFT, TODAY, TODAY)).isEqualTo(NOT_ALLOWED);
        }
    }

    @Test
    void adoptingNeedsTheDayOfAdoption() {
        assertThat(policy.decide(DRAFT, ADOPTED, null, TODAY)).isEqualTo(ADOPTION_DATE_MISSING);
    }

    @Test
    void theDayOfAdoptionMayBeTodayOrBeforeButNotAfter() {
        assertThat(policy.decide(DRAFT, ADOPTED, TODAY, TODAY)).isEqualTo(ALLOWED);
        assertThat(policy.decide(DRAFT, ADOPTED, TODAY.minusYears(3), TODAY)).isEqualTo(ALLOWED);
        assertThat(policy.decide(DRAFT, ADOPTED, TODAY.plusDays(1), TODAY)).isEqualTo(ADOPTION_DATE_IN_FUTURE);
    }

    @Test
    void otherChangesNeedNoDay() {
        assertThat(policy.decide(ADOPTED, IN_PROGRESS, null, TODAY)).isEqualTo(ALLOWED);
        assertThat(policy.decide(IN_PROGRESS, IMPLEMENTED, null, TODAY)).isEqualTo(ALLOWED);
        assertThat(policy.decide(DRAFT, DROPPED, null, TODAY)).isEqualTo(ALLOWED);
    }

    @Test
    void aRefusedChangeIsRefusedBeforeTheDayIsLookedAt() {
        assertThat(policy.decide(IMPLEMENTED, ADOPTED, null, TODAY)).isEqualTo(NOT_ALLOWED);
        assertThat(policy.decide(ADOPTED, ADOPTED, TODAY.plusDays(5), TODAY)).isEqualTo(NOT_ALLOWED);
    }
}
