package de.mosaik.practice;

import static de.mosaik.practice.domain.PracticeReviewPolicy.Step.PUBLISH;
import static de.mosaik.practice.domain.PracticeReviewPolicy.Step.REQUEST_CHANGES;
import static de.mosaik.practice.domain.PracticeReviewPolicy.Step.SUBMIT;
import static de.mosaik.practice.domain.PracticeReviewPolicy.Step.WITHDRAW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.mosaik.practice.domain.PracticeReviewPolicy;
import de.mosaik.practice.domain.PracticeReviewPolicy.TransitionRefused;
import org.junit.jupiter.api.Test;

/** The review's steps: only editors decide, only submitted examples are decided, published ones are withdrawn. */
class PracticeReviewPolicyTests {

    @Test
    void aDraftGoesThroughChangesToPublication() {
        var status = PracticeReviewPolicy.next(PracticeStatus.DRAFT, SUBMIT, false);
        assertThat(status).isEqualTo(PracticeStatus.SUBMITTED);
        status = PracticeReviewPolicy.next(status, REQUEST_CHANGES, true);
        assertThat(status).isEqualTo(PracticeStatus.CHANGES_REQUESTED);
        status = PracticeReviewPolicy.next(status, SUBMIT, false);
        assertThat(status).isEqualTo(PracticeStatus.SUBMITTED);
        status = PracticeReviewPolicy.next(status, PUBLISH, true);
        assertThat(status).isEqualTo(PracticeStatus.PUBLISHED);
        status = PracticeReviewPolicy.next(status, WITHDRAW, false);
        assertThat(status).isEqualTo(PracticeStatus.WITHDRAWN);
        assertThat(PracticeReviewPolicy.next(status, SUBMIT, false)).isEqualTo(PracticeStatus.SUBMITTED);
    }

    @Test
    void onlyEditorsDecide() {
        assertThat(PracticeReviewPolicy.allows(PracticeStatus.SUBMITTED, PUBLISH, false))
                .isFalse();
        assertThat(PracticeReviewPolicy.allows(PracticeStatus.SUBMITTED, REQUEST_CHANGES, false))
                .isFalse();
        assertThatThrownBy(() -> PracticeReviewPolicy.next(PracticeStatus.SUBMITTED, PUBLISH, false))
                .isInstanceOf(TransitionRefused.class);
    }

    @Test
    void nothingIsPublishedWithoutBeingSubmitted() {
        for (var status : PracticeStatus.values()) {
            assertThat(PracticeReviewPolicy.allows(status, PUBLISH, true))
                    .as("publish from %s", status)
                    .isEqualTo(status == PracticeStatus.SUBMITTED);
        }
    }

    @Test
    void theAuthorEditsOnlyWhatIsNeitherUnderReviewNorPublished() {
        assertThat(PracticeReviewPolicy.authorMayEdit(PracticeStatus.DRAFT)).isTrue();
        assertThat(PracticeReviewPolicy.authorMayEdit(PracticeStatus.CHANGES_REQUESTED))
                .isTrue();
        assertThat(PracticeReviewPolicy.authorMayEdit(PracticeStatus.WITHDRAWN)).isTrue();
        assertThat(PracticeReviewPolicy.authorMayEdit(PracticeStatus.SUBMITTED)).isFalse();
        assertThat(PracticeReviewPolicy.authorMayEdit(PracticeStatus.PUBLISHED)).isFalse();
        assertThat(PracticeReviewPolicy.allows(PracticeStatus.SUBMITTED, SUBMIT, false))
                .isFalse();
        assertThat(PracticeReviewPolicy.allows(PracticeStatus.PUBLISHED, SUBMIT, false))
                .isFalse();
    }

    @Test
    void onlyPublishedExamplesAreWithdrawn() {
        for (var status : PracticeStatus.values()) {
            assertThat(PracticeReviewPolicy.allows(status, WITHDRAW, true))
                    .as("withdraw from %s", status)
                    .isEqualTo(status == PracticeStatus.PUBLISHED);
        }
    }

    @Test
    void sizeClassesFollowThePopulation() {
        assertThat(SizeClass.of(false, 19_999)).contains(SizeClass.SMALL);
        assertThat(SizeClass.of(false, 20_000)).contains(SizeClass.MEDIUM);
        assertThat(SizeClass.of(false, 100_000)).contains(SizeClass.LARGE);
        assertThat(SizeClass.of(false, 500_000)).contains(SizeClass.CITY);
        assertThat(SizeClass.of(true, 270_000)).contains(SizeClass.COUNTY);
        assertThat(SizeClass.of(false, null)).isEmpty();
    }
}
