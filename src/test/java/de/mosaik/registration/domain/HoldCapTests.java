package de.mosaik.registration.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HoldCapTests {

    private final HoldCap cap = new HoldCap(10, 3);

    @Test
    void aTenthOfTheSeatsButAtLeastThree() {
        assertThat(cap.of(120)).isEqualTo(12);
        assertThat(cap.of(39)).isEqualTo(3);
        assertThat(cap.of(40)).isEqualTo(4);
        assertThat(cap.of(1)).isEqualTo(3);
    }

    @Test
    void theLastAllowedHoldAndTheFirstRefusedOne() {
        assertThat(cap.allowsAnother(120, 11)).isTrue();
        assertThat(cap.allowsAnother(120, 12)).isFalse();
        assertThat(cap.allowsAnother(10, 2)).isTrue();
        assertThat(cap.allowsAnother(10, 3)).isFalse();
    }

    @Test
    void refusesShareOutsideOfAHundredPercent() {
        assertThatThrownBy(() -> new HoldCap(101, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HoldCap(10, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
