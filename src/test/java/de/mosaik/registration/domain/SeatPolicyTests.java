package de.mosaik.registration.domain;

import static de.mosaik.registration.RegistrationStatus.CONFIRMED;
import static de.mosaik.registration.RegistrationStatus.PENDING_APPROVAL;
import static de.mosaik.registration.RegistrationStatus.PENDING_CONFIRMATION;
import static de.mosaik.registration.RegistrationStatus.WAITLISTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.mosaik.events.SeatClaim;
import de.mosaik.registration.RegistrationStatus;
import org.junit.jupiter.api.Test;

class SeatPolicyTests {

    static final SeatPolicy OPEN = new SeatPolicy(false, false);
    static final SeatPolicy CONFIRM = new SeatPolicy(true, false);
    static final SeatPolicy APPROVE = new SeatPolicy(false, true);
    static final SeatPolicy BOTH = new SeatPolicy(true, true);

    @Test
    void aSeatIsFirmAtOnceWhenNothingIsRequired() {
        assertThat(OPEN.onArrival(SeatClaim.SEAT, Source.WEB)).isEqualTo(CONFIRMED);
    }

    @Test
    void aSeatIsHeldUntilTheAddressIsConfirmedThenApproved() {
        assertThat(CONFIRM.onArrival(SeatClaim.SEAT, Source.WEB)).isEqualTo(PENDING_CONFIRMATION);
        assertThat(CONFIRM.onEmailConfirmed(PENDING_CONFIRMATION)).isEqualTo(CONFIRMED);
        assertThat(BOTH.onArrival(SeatClaim.SEAT, Source.API)).isEqualTo(PENDING_CONFIRMATION);
        assertThat(BOTH.onEmailConfirmed(PENDING_CONFIRMATION)).isEqualTo(PENDING_APPROVAL);
        assertThat(APPROVE.onArrival(SeatClaim.SEAT, Source.GROUP)).isEqualTo(PENDING_APPROVAL);
    }

    @Test
    void aFullEventWaitlistsWhateverTheRules() {
        for (var policy : new SeatPolicy[] {OPEN, CONFIRM, APPROVE, BOTH}) {
            assertThat(policy.onArrival(SeatClaim.WAITLIST, Source.WEB)).isEqualTo(WAITLISTED);
            assertThat(policy.onArrival(SeatClaim.WAITLIST, Source.STAFF)).isEqualTo(WAITLISTED);
        }
    }

    @Test
    void staffEntriesNeedNeitherConfirmationNorApproval() {
        assertThat(BOTH.onArrival(SeatClaim.SEAT, Source.STAFF)).isEqualTo(CONFIRMED);
    }

    @Test
    void movingUpAsksForConfirmationOnlyOfUnconfirmedAddresses() {
        assertThat(CONFIRM.onMoveUp(false)).isEqualTo(PENDING_CONFIRMATION);
        assertThat(CONFIRM.onMoveUp(true)).isEqualTo(CONFIRMED);
        assertThat(BOTH.onMoveUp(true)).isEqualTo(PENDING_APPROVAL);
        assertThat(OPEN.onMoveUp(false)).isEqualTo(CONFIRMED);
    }

    @Test
    void confirmingTwiceOrLateChangesNothing() {
        for (var status : RegistrationStatus.values()) {
            if (status != PENDING_CONFIRMATION) {
                assertThat(BOTH.onEmailConfirmed(status)).isEqualTo(status);
            }
        }
    }

    @Test
    void aClosedEventHasNoStatus() {
        assertThatThrownBy(() -> OPEN.onArrival(SeatClaim.CLOSED, Source.WEB))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
