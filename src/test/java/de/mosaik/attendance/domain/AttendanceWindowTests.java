package de.mosaik.attendance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AttendanceWindowTests {

    private static final Instant START = Instant.parse("2026-05-12T07:00:00Z");
    private static final Instant END = START.plus(Duration.ofHours(6));

    @Test
    void opensAnHourBeforeTheStartAndClosesAtTheEnd() {
        assertThat(AttendanceWindow.open(START, END, START.minus(Duration.ofMinutes(61))))
                .isFalse();
        assertThat(AttendanceWindow.notYetOpen(START, START.minus(Duration.ofMinutes(61))))
                .isTrue();
        assertThat(AttendanceWindow.open(START, END, START.minus(Duration.ofMinutes(60))))
                .isTrue();
        assertThat(AttendanceWindow.open(START, END, START.plus(Duration.ofHours(3))))
                .isTrue();
        assertThat(AttendanceWindow.open(START, END, END)).isTrue();
        assertThat(AttendanceWindow.open(START, END, END.plusSeconds(1))).isFalse();
    }

    @Test
    void marksAfterTheEndAreLate() {
        assertThat(AttendanceWindow.late(END, END)).isFalse();
        assertThat(AttendanceWindow.late(END, END.plusSeconds(1))).isTrue();
    }
}
