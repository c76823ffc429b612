package de.mosaik.events.domain;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.events.EventStatus;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EventPublishingPolicyTests {

    static final String CONSENT = "Ich willige ein.";

    @Test
    void followsTheLifecycle() {
        assertThat(EventPublishingPolicy.actionsFrom(EventStatus.DRAFT))
                .containsExactly(EventAction.PUBLISH, EventAction.ARCHIVE);
        assertThat(EventPublishingPolicy.actionsFrom(EventStatus.PUBLISHED))
                .containsExactly(EventAction.CLOSE_REGISTRATION, EventAction.MARK_HELD);
        assertThat(EventPublishingPolicy.actionsFrom(EventStatus.REGISTRATION_CLOSED))
                .containsExactly(EventAction.REOPEN, EventAction.MARK_HELD);
        assertThat(EventPublishingPolicy.actionsFrom(EventStatus.HELD)).containsExactly(EventAction.ARCHIVE);
        assertThat(EventPublishingPolicy.actionsFrom(EventStatus.CANCELLED)).containsExactly(EventAction.ARCHIVE);
        assertThat(EventPublishingPolicy.actionsFrom(EventStatus.ARCHIVED)).isEmpty();
    }

    @Test
    void everyStepNotOfferedIsRefused() {
        for (var status : EventStatus.values()) {
            for (var action : EventAction.values()) {
                var offered = EventPublishingPolicy.actionsFrom(status).contains(action);
                assertThat(EventPublishingPolicy.check(action, status, () -> 1, CONSENT))
                        .as("%s from %s", action, status)
                        .isEqualTo(offered ? EventEditOutcome.DONE : EventEditOutcome.NOT_ALLOWED);
            }
        }
    }

    @Test
    void publishingNeedsASessionAndAConsentText() {
        assertThat(EventPublishingPolicy.check(EventAction.PUBLISH, EventStatus.DRAFT, () -> 0, CONSENT))
                .isEqualTo(EventEditOutcome.NO_SESSION);
        assertThat(EventPublishingPolicy.check(EventAction.PUBLISH, EventStatus.DRAFT, () -> 2, " "))
                .isEqualTo(EventEditOutcome.NO_CONSENT_TEXT);
        assertThat(EventPublishingPolicy.check(EventAction.PUBLISH, EventStatus.DRAFT, () -> 0, ""))
                .as("the missing session is named first")
                .isEqualTo(EventEditOutcome.NO_SESSION);
    }

    @Test
    void otherStepsNeedNeitherSessionsNorConsentText() {
        var counted = new AtomicInteger();
        assertThat(EventPublishingPolicy.check(
                        EventAction.ARCHIVE, EventStatus.DRAFT, () -> counted.incrementAndGet() * 0, ""))
                .isEqualTo(EventEditOutcome.DONE);
        assertThat(EventPublishingPolicy.check(EventAction.REOPEN, EventStatus.REGISTRATION_CLOSED, () -> 0, ""))
                .isEqualTo(EventEditOutcome.DONE);
        assertThat(counted).as("sessions are counted only for publishing").hasValue(0);
    }

    @Test
    void aRefusedStepIsNotAskedForSessions() {
        var counted = new AtomicInteger();
        assertThat(EventPublishingPolicy.check(
                        EventAction.PUBLISH, EventStatus.PUBLISHED, counted::incrementAndGet, CONSENT))
                .isEqualTo(EventEditOutcome.NOT_ALLOWED);
        assertThat(counted).hasValue(0);
    }

    @Test
    void onlyEventsPeopleCouldRegisterForAreCancelled() {
        var cancellable = EnumSet.of(EventStatus.PUBLISHED, EventStatus.REGISTRATION_CLOSED);
        for (var status : EventStatus.values()) {
            assertThat(EventPublishingPolicy.mayCancel(status))
                    .as("cancel %s", status)
                    .isEqualTo(cancellable.contains(status));
        }
    }

    @Test
    void changedDatesConcernRegistrantsOnlyOfListedEvents() {
        var listed = EnumSet.of(EventStatus.PUBLISHED, EventStatus.REGISTRATION_CLOSED);
        for (var status : EventStatus.values()) {
            assertThat(EventPublishingPolicy.hasAudience(status))
                    .as("audience of %s", status)
                    .isEqualTo(listed.contains(status));
        }
    }

    @Test
    void theCapacityMayNotFallBelowTheSeatsTaken() {
        assertThat(EventPublishingPolicy.checkCapacity(9, 10)).isEqualTo(EventEditOutcome.CAPACITY_BELOW_TAKEN);
        assertThat(EventPublishingPolicy.checkCapacity(10, 10)).isEqualTo(EventEditOutcome.DONE);
        assertThat(EventPublishingPolicy.checkCapacity(0, 0)).isEqualTo(EventEditOutcome.DONE);
        assertThat(EventPublishingPolicy.checkCapacity(null, 500))
                .as("no limit")
                .isEqualTo(EventEditOutcome.DONE);
    }

    @Test
    void moreSeatsOrNoLimitLetTheWaitlistMoveUp() {
        assertThat(EventPublishingPolicy.capacityRaised(10, 11)).isTrue();
        assertThat(EventPublishingPolicy.capacityRaised(10, null)).isTrue();
        assertThat(EventPublishingPolicy.capacityRaised(10, 10)).isFalse();
        assertThat(EventPublishingPolicy.capacityRaised(10, 9)).isFalse();
        assertThat(EventPublishingPolicy.capacityRaised(null, 10))
                .as("there was no waitlist without a limit")
                .isFalse();
        assertThat(EventPublishingPolicy.capacityRaised(null, null)).isFalse();
    }

    @Test
    void onlyAChangedConsentTextGetsANewVersion() {
        assertThat(EventPublishingPolicy.consentChanged(CONSENT, CONSENT)).isFalse();
        assertThat(EventPublishingPolicy.consentChanged(CONSENT, CONSENT + " ")).isTrue();
        assertThat(EventPublishingPolicy.consentChanged("", CONSENT)).isTrue();
    }
}
