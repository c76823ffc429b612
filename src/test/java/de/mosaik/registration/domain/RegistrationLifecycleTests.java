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
import de.mosaik.registration.domain.RegistrationLifecycle.Release;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RegistrationLifecycleTests {

    static final Set<RegistrationStatus> LIVE =
            EnumSet.of(PENDING_CONFIRMATION, PENDING_APPROVAL, CONFIRMED, WAITLISTED);
    static final Set<RegistrationStatus> OVER = EnumSet.of(CANCELLED, DECLINED, EXPIRED);
    static final SeatPolicy OPEN = new SeatPolicy(false, false);
    static final SeatPolicy BOTH = new SeatPolicy(true, true);
    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void onlyARegistrationWaitingForApprovalCanBeApprovedOrDeclined() {
        assertThat(RegistrationLifecycle.approve(PENDING_APPROVAL)).contains(CONFIRMED);
        assertThat(RegistrationLifecycle.decline(PENDING_APPROVAL)).contains(DECLINED);
        for (var status : RegistrationStatus.values()) {
            if (status != PENDING_APPROVAL) {
                assertThat(RegistrationLifecycle.approve(status))
                        .as("approve %s", status)
                        .isEmpty();
                assertThat(RegistrationLifecycle.decline(status))
                        .as("decline %s", status)
                        .isEmpty();
            }
        }
    }

    @Test
    void whatStillCountsCanBeCancelledWhatIsOverStaysOver() {
        for (var status : LIVE) {
            assertThat(RegistrationLifecycle.cancel(status))
                    .as("cancel %s", status)
                    .contains(CANCELLED);
        }
        for (var status : OVER) {
            assertThat(RegistrationLifecycle.cancel(status))
                    .as("cancel %s", status)
                    .isEmpty();
        }
    }

    @Test
    void aHeldSeatExpiresOnceItsHoldHasPassed() {
        assertThat(RegistrationLifecycle.expire(PENDING_CONFIRMATION, NOW.minusSeconds(1), NOW))
                .contains(EXPIRED);
        assertThat(RegistrationLifecycle.expire(PENDING_CONFIRMATION, NOW, NOW))
                .as("the hold ends at its deadline")
                .contains(EXPIRED);
        assertThat(RegistrationLifecycle.expire(PENDING_CONFIRMATION, NOW.plusSeconds(1), NOW))
                .isEmpty();
        assertThat(RegistrationLifecycle.expire(PENDING_CONFIRMATION, null, NOW))
                .as("a hold without a deadline")
                .isEmpty();
    }

    @Test
    void onlyAHeldSeatExpires() {
        for (var status : RegistrationStatus.values()) {
            if (status != PENDING_CONFIRMATION) {
                assertThat(RegistrationLifecycle.expire(status, NOW.minusSeconds(60), NOW))
                        .as("expire %s", status)
                        .isEmpty();
            }
        }
    }

    @Test
    void onlyTheWaitlistedMoveUpOrToTheTop() {
        assertThat(RegistrationLifecycle.mayMoveUp(WAITLISTED)).isTrue();
        assertThat(RegistrationLifecycle.mayMoveToTop(WAITLISTED)).isTrue();
        assertThat(RegistrationLifecycle.moveUp(WAITLISTED, false, OPEN)).contains(CONFIRMED);
        for (var status : RegistrationStatus.values()) {
            if (status != WAITLISTED) {
                assertThat(RegistrationLifecycle.mayMoveUp(status))
                        .as("move up %s", status)
                        .isFalse();
                assertThat(RegistrationLifecycle.mayMoveToTop(status))
                        .as("to top %s", status)
                        .isFalse();
                assertThat(RegistrationLifecycle.moveUp(status, true, OPEN))
                        .as("move up %s", status)
                        .isEmpty();
            }
        }
    }

    @Test
    void movingUpLeadsWhereTheSeatRulesSay() {
        assertThat(RegistrationLifecycle.moveUp(WAITLISTED, false, BOTH)).contains(PENDING_CONFIRMATION);
        assertThat(RegistrationLifecycle.moveUp(WAITLISTED, true, BOTH)).contains(PENDING_APPROVAL);
    }

    @Test
    void confirmingTheAddressCountsOnlyWhileTheRegistrationCounts() {
        assertThat(RegistrationLifecycle.confirmEmail(PENDING_CONFIRMATION, BOTH))
                .contains(PENDING_APPROVAL);
        assertThat(RegistrationLifecycle.confirmEmail(PENDING_CONFIRMATION, OPEN))
                .contains(CONFIRMED);
        assertThat(RegistrationLifecycle.confirmEmail(WAITLISTED, BOTH))
                .as("keeps its place in line")
                .contains(WAITLISTED);
        assertThat(RegistrationLifecycle.confirmEmail(CONFIRMED, BOTH)).contains(CONFIRMED);
        assertThat(RegistrationLifecycle.confirmEmail(PENDING_APPROVAL, BOTH)).contains(PENDING_APPROVAL);
        for (var status : OVER) {
            assertThat(RegistrationLifecycle.mayConfirmEmail(status))
                    .as("confirm %s", status)
                    .isFalse();
            assertThat(RegistrationLifecycle.confirmEmail(status, BOTH))
                    .as("confirm %s", status)
                    .isEmpty();
        }
    }

    @Test
    void leavingGivesBackASeatOrAWaitlistPlace() {
        assertThat(RegistrationLifecycle.release(PENDING_CONFIRMATION)).isEqualTo(Release.SEAT);
        assertThat(RegistrationLifecycle.release(PENDING_APPROVAL)).isEqualTo(Release.SEAT);
        assertThat(RegistrationLifecycle.release(CONFIRMED)).isEqualTo(Release.SEAT);
        assertThat(RegistrationLifecycle.release(WAITLISTED)).isEqualTo(Release.WAITLIST_PLACE);
        for (var status : OVER) {
            assertThat(RegistrationLifecycle.release(status))
                    .as("release %s", status)
                    .isEqualTo(Release.NOTHING);
        }
    }
}
