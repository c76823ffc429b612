package de.mosaik.events.domain;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.events.EventStatus;
import org.junit.jupiter.api.Test;

class EventActionTests {

    @Test
    void followsTheLifecycle() {
        assertThat(EventAction.availableFrom(EventStatus.DRAFT))
                .containsExactly(EventAction.PUBLISH, EventAction.ARCHIVE);
        assertThat(EventAction.availableFrom(EventStatus.PUBLISHED))
                .containsExactly(EventAction.CLOSE_REGISTRATION, EventAction.MARK_HELD);
        assertThat(EventAction.availableFrom(EventStatus.REGISTRATION_CLOSED))
                .containsExactly(EventAction.REOPEN, EventAction.MARK_HELD);
        assertThat(EventAction.availableFrom(EventStatus.HELD)).containsExactly(EventAction.ARCHIVE);
        assertThat(EventAction.availableFrom(EventStatus.CANCELLED)).containsExactly(EventAction.ARCHIVE);
        assertThat(EventAction.availableFrom(EventStatus.ARCHIVED)).isEmpty();
    }

    @Test
    void onlyEventsPeopleCouldRegisterForAreCancelled() {
        assertThat(EventAction.cancellableFrom(EventStatus.PUBLISHED)).isTrue();
        assertThat(EventAction.cancellableFrom(EventStatus.REGISTRATION_CLOSED)).isTrue();
        assertThat(EventAction.cancellableFrom(EventStatus.DRAFT)).isFalse();
        assertThat(EventAction.cancellableFrom(EventStatus.HELD)).isFalse();
        assertThat(EventAction.cancellableFrom(EventStatus.CANCELLED)).isFalse();
    }
}
