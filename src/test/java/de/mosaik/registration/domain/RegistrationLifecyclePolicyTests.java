package de.mosaik.registration.domain;

import static de.mosaik.registration.RegistrationStatus.CANCELLED;
import static de.mosaik.registration.RegistrationStatus.CONFIRMED;
import static de.mosaik.registration.RegistrationStatus.DECLINED;
import static de.mosaik.registration.RegistrationStatus.EXPIRED;
import static de.mosaik.registration.RegistrationStatus.PENDING_APPROVAL;
import static de.mosaik.registration.RegistrationStatus.PENDING_CONFIRMATION;
import static de.mosaik.registration.RegistrationStatus.WAITLISTED;
import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.registration.RegistrationStatus;
import de.mosaik.registration.domain.RegistrationLifecyclePolicy.Release;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RegistrationLifecyclePolicyTests {

    static final Set<RegistrationStatus> LIVE =
            EnumSet.of(PENDING_CONFIRMATION, PENDING_APPROVAL, CONFIRMED, WAITLISTED);
    static final Set<RegistrationStatus> OVER = EnumSet.of(CANCELLED, DECLINED, EXPIRED);
    static final SeatPolicy OPEN = new SeatPolicy(false, false);
    static final SeatPolicy BOTH = new SeatPolicy(true, true);
    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void onlyARegistrationWaitingForApprovalCanBeApprovedOrDeclined() {
        assertThat(RegistrationLifecyclePolicy.approve(PENDING_APPROVAL)).contains(CONFIRMED);
        assertThat(RegistrationLifecyclePolicy.decline(PENDING_APPROVAL)).contains(DECLINED);
        for (var status : RegistrationStatus.values()) {
            if (status != PENDING_APPROVAL) {
                assertThat(RegistrationLifecyclePolicy.approve(status))
                        .as("approve %s", status)
                        .isEmpty();
                assertThat(RegistrationLifecyclePolicy.decline(status))
                        .as("decline %s", status)
                        .isEmpty();
            }
        }
    }

    @Test
    void whatStillCountsCanBeCancelledWhatIsOverStaysOver() {
        for (var status : LIVE) {
            assertThat(RegistrationLifecyclePolicy.cancel(status))
                    .as("cancel %s", status)
                    .contains(CANCELLED);
        }
        for (var status : OVER) {
            assertThat(RegistrationLifecyclePolicy.cancel(status))
                    .as("cancel %s", status)
                    .isEmpty();
        }
    }

    @Test
    void aHeldSeatExpiresOnceItsHoldHasPassed() {
        assertThat(RegistrationLifecyclePolicy.expire(PENDING_CONFIRMATION, NOW.minusSeconds(1), NOW))
                .contains(EXPIRED);
        assertThat(RegistrationLifecyclePolicy.expire(PENDING_CONFIRMATION, NOW, NOW))
                .as("the hold ends at its deadline")
                .contains(EXPIRED);
        assertThat(RegistrationLifecyclePolicy.expire(PENDING_CONFIRMATION, NOW.plusSeconds(1), NOW))
                .isEmpty();
        assertThat(RegistrationLifecyclePolicy.expire(PENDING_CONFIRMATION, null, NOW))
                .as("a hold without a deadline")
                .isEmpty();
    }

    @Test
    void onlyAHeldSeatExpires() {
        for (var status : RegistrationStatus.values()) {
            if (status != PENDING_CONFIRMATION) {
                assertThat(RegistrationLifecyclePolicy.expire(status, NOW.minusSeconds(60), NOW))
                        .as("expire %s", status)
                        .isEmpty();
            }
        }
    }

    @Test
    void onlyTheWaitlistedMoveUpOrToTheTop() {
        assertThat(RegistrationLifecyclePolicy.mayMoveUp(WAITLISTED)).isTrue();
        assertThat(RegistrationLifecyclePolicy.mayMoveToTop(WAITLISTED)).isTrue();
        assertThat(RegistrationLifecyclePolicy.moveUp(WAITLISTED, false, OPEN)).contains(CONFIRMED);
        for (var status : RegistrationStatus.values()) {
            if (status != WAITLISTED) {
                assertThat(RegistrationLifecyclePolicy.mayMoveUp(status))
                        .as("move up %s", status)
                        .isFalse();
                assertThat(RegistrationLifecyclePolicy.mayMoveToTop(status))
                        .as("to top %s", status)
                        .isFalse();
                assertThat(RegistrationLifecyclePolicy.moveUp(status, true, OPEN))
                        .as("move up %s", status)
                        .isEmpty();
            }
        }
    }

    @Test
    void movingUpLeadsWhereTheSeatRulesSay() {
        assertThat(RegistrationLifecyclePolicy.moveUp(WAITLISTED, false, BOTH)).contains(PENDING_CONFIRMATION);
        assertThat(RegistrationLifecyclePolicy.moveUp(WAITLISTED, true, BOTH)).contains(PENDING_APPROVAL);
    }

    @Test
    void confirmingTheAddressCountsOnlyWhileTheRegistrationCounts() {
        assertThat(RegistrationLifecyclePolicy.confirmEmail(PENDING_CONFIRMATION, BOTH))
                .contains(PENDING_APPROVAL);
        assertThat(RegistrationLifecyclePolicy.confirmEmail(PENDING_CONFIRMATION, OPEN))
                .contains(CONFIRMED);
        assertThat(RegistrationLifecyclePolicy.confirmEmail(WAITLISTED, BOTH))
                .as("keeps its place in line")
                .contains(WAITLISTED);
        assertThat(RegistrationLifecyclePolicy.confirmEmail(CONFIRMED, BOTH)).contains(CONFIRMED);
        assertThat(RegistrationLifecyclePolicy.confirmEmail(PENDING_APPROVAL, BOTH))
                .contains(PENDING_APPROVAL);
        for (var status : OVER) {
            assertThat(RegistrationLifecyclePolicy.mayConfirmEmail(status))
                    .as("confirm %s", status)
                    .isFalse();
            assertThat(RegistrationLifecyclePolicy.confirmEmail(status, BOTH))
                    .as("confirm %s", status)
                    .isEmpty();
        }
    }

    @Test
    void leavingGivesBackASeatOrAWaitlistPlace() {
        assertThat(RegistrationLifecyclePolicy.release(PENDING_CONFIRMATION)).isEqualTo(Release.SEAT);
        assertThat(RegistrationLifecyclePolicy.release(PENDING_APPROVAL)).isEqualTo(Release.SEAT);
        assertThat(RegistrationLifecyclePolicy.release(CONFIRMED)).isEqualTo(Release.SEAT);
        assertThat(RegistrationLifecyclePolicy.release(WAITLISTED)).isEqualTo(Release.WAITLIST_PLACE);
        for (var status : OVER) {
            assertThat(RegistrationLifecyclePolicy.release(status))
                    .as("release %s", status)
                    .isEqualTo(Release.NOTHING);
        }
    }
}
