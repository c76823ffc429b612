package de.mosaik.attendance.domain;

import static de.mosaik.attendance.AttendanceStatus.ABSENT;
import static de.mosaik.attendance.AttendanceStatus.ATTENDED;
import static de.mosaik.attendance.AttendanceStatus.EXCUSED;
import static de.mosaik.attendance.domain.AttendancePolicy.Decision.CHANGE;
import static de.mosaik.attendance.domain.AttendancePolicy.Decision.CONFLICT;
import static de.mosaik.attendance.domain.AttendancePolicy.Decision.KEPT;
import static de.mosaik.attendance.domain.AttendancePolicy.Decision.RECORD;
import static de.mosaik.attendance.domain.AttendancePolicy.Decision.UNCHANGED;
import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.attendance.AttendanceStatus;
import de.mosaik.attendance.MarkSource;
import de.mosaik.attendance.domain.MarkRepository.StoredMark;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class AttendancePolicyTests {

    static final Instant START = Instant.parse("2026-05-12T07:00:00Z");
    static final Instant END = START.plus(Duration.ofHours(3));
    static final SessionRef SESSION = new SessionRef(UUID.randomUUID(), UUID.randomUUID(), 1, START, END, "Raum 2");
    static final UUID ACCOUNT = UUID.randomUUID();
    static final Marker STAFF = Marker.staff(ACCOUNT, "Petra Staff");
    static final Marker TRAINER = Marker.trainer(ACCOUNT, "Tarik Trainer");

    @Test
    void staffMarkEveryEventWithoutAskingWhoSpeaks() {
        var asked = new AtomicInteger();
        assertThat(AttendancePolicy.mayMark(STAFF, account -> asked.incrementAndGet() < 0))
                .isTrue();
        assertThat(asked).hasValue(0);
    }

    @Test
    void aTrainerMarksOnlyEventsTheySpeakAt() {
        assertThat(AttendancePolicy.mayMark(TRAINER, ACCOUNT::equals)).isTrue();
        assertThat(AttendancePolicy.mayMark(TRAINER, account -> false)).isFalse();
        assertThat(AttendancePolicy.mayMark(new Marker(null, "no account", true), account -> true))
                .isFalse();
    }

    @Test
    void theListRecordsOnlyOnceTheSessionHasBegun() {
        assertThat(AttendancePolicy.listOpen(SESSION, START.minusSeconds(1))).isFalse();
        assertThat(AttendancePolicy.listOpen(SESSION, START)).isTrue();
        assertThat(AttendancePolicy.listOpen(SESSION, END.plus(Duration.ofDays(30))))
                .as("corrections stay possible afterwards")
                .isTrue();
    }

    @Test
    void marksAfterTheEndAreLateCorrections() {
        assertThat(AttendancePolicy.late(list(ATTENDED, "", null, START))).isFalse();
        assertThat(AttendancePolicy.late(list(ATTENDED, "", null, END))).isFalse();
        assertThat(AttendancePolicy.late(list(ATTENDED, "", null, END.plusSeconds(1))))
                .isTrue();
    }

    @Test
    void onlyTheListAndTheSheetCheckVersions() {
        assertThat(AttendancePolicy.checksVersion(MarkSource.LIST)).isTrue();
        assertThat(AttendancePolicy.checksVersion(MarkSource.SHEET)).isTrue();
        assertThat(AttendancePolicy.checksVersion(MarkSource.QR)).isFalse();
        assertThat(AttendancePolicy.checksVersion(MarkSource.SELF)).isFalse();
    }

    @Test
    void theFirstMarkIsRecordedWhateverItsSource() {
        for (var source : MarkSource.values()) {
            assertThat(AttendancePolicy.decide(null, request(source, ABSENT, "", null)))
                    .as("from %s", source)
                    .isEqualTo(RECORD);
        }
    }

    @Test
    void theListChangesTheMarkItSaw() {
        var stored = new StoredMark(ABSENT, "", 3);
        assertThat(AttendancePolicy.decide(stored, list(EXCUSED, "", 3, START))).isEqualTo(CHANGE);
        assertThat(AttendancePolicy.decide(stored, list(ABSENT, "ill", 3, START)))
                .as("a new note alone")
                .isEqualTo(CHANGE);
        assertThat(AttendancePolicy.decide(stored, request(MarkSource.SHEET, ATTENDED, "", 3)))
                .isEqualTo(CHANGE);
    }

    @Test
    void theListDoesNotOverwriteAMarkChangedMeanwhile() {
        var stored = new StoredMark(ABSENT, "", 4);
        assertThat(AttendancePolicy.decide(stored, list(EXCUSED, "", 3, START))).isEqualTo(CONFLICT);
        assertThat(AttendancePolicy.decide(stored, list(EXCUSED, "", null, START)))
                .as("the page showed no mark")
                .isEqualTo(CONFLICT);
    }

    @Test
    void repeatingTheSameMarkChangesNothingWhateverTheVersion() {
        var stored = new StoredMark(EXCUSED, "ill", 4);
        assertThat(AttendancePolicy.decide(stored, list(EXCUSED, "ill", 1, START)))
                .isEqualTo(UNCHANGED);
        assertThat(AttendancePolicy.decide(stored, list(EXCUSED, "  ill ", null, START)))
                .as("the note is compared as stored")
                .isEqualTo(UNCHANGED);
    }

    @Test
    void aScanConfirmsPresenceWithoutAskingForTheVersion() {
        assertThat(AttendancePolicy.decide(new StoredMark(ABSENT, "late bus", 7), scan()))
                .isEqualTo(CHANGE);
        assertThat(AttendancePolicy.decide(new StoredMark(ATTENDED, "came at 11", 7), scan()))
                .as("a second scan, whatever the note")
                .isEqualTo(UNCHANGED);
    }

    @Test
    void aScanKeepsTheTrainersNoteTheListReplacesIt() {
        var stored = new StoredMark(ABSENT, "late bus", 7);
        assertThat(AttendancePolicy.noteAfterChange(stored, scan())).isEqualTo("late bus");
        assertThat(AttendancePolicy.noteAfterChange(stored, list(ATTENDED, "came at 11", 7, START)))
                .isEqualTo("came at 11");
    }

    @Test
    void aSelfCheckInNeverChangesAStoredMark() {
        assertThat(AttendancePolicy.decide(new StoredMark(ATTENDED, "", 1), self()))
                .isEqualTo(UNCHANGED);
        for (var status : new AttendanceStatus[] {ABSENT, EXCUSED}) {
            assertThat(AttendancePolicy.decide(new StoredMark(status, "", 1), self()))
                    .as("over %s", status)
                    .isEqualTo(KEPT);
        }
    }

    @Test
    void aLostFirstInsertMeetsTheOtherMarkAsIfThePageHadShownNone() {
        var theirs = new StoredMark(ABSENT, "", 1);
        assertThat(AttendancePolicy.decide(theirs, list(EXCUSED, "", 1, START).expectingNoMark()))
                .isEqualTo(CONFLICT);
        assertThat(AttendancePolicy.decide(theirs, list(ABSENT, "", null, START).expectingNoMark()))
                .isEqualTo(UNCHANGED);
        assertThat(AttendancePolicy.decide(theirs, scan().expectingNoMark())).isEqualTo(CHANGE);
    }

    @Test
    void notesAreStrippedAndCutToTheColumn() {
        assertThat(list(ATTENDED, "  came late \n", null, START).note()).isEqualTo("came late");
        assertThat(list(ATTENDED, "x".repeat(MarkRequest.NOTE_MAX + 20), null, START)
                        .note())
                .hasSize(MarkRequest.NOTE_MAX);
    }

    private static MarkRequest list(AttendanceStatus status, String note, @Nullable Integer version, Instant now) {
        return MarkRequest.fromList(SESSION, UUID.randomUUID(), status, note, MarkSource.LIST, version, TRAINER, now);
    }

    private static MarkRequest request(
            MarkSource source, AttendanceStatus status, String note, @Nullable Integer version) {
        return new MarkRequest(SESSION, UUID.randomUUID(), status, note, source, version, STAFF, START);
    }

    private static MarkRequest scan() {
        return MarkRequest.presence(SESSION, UUID.randomUUID(), MarkSource.QR, TRAINER, START);
    }

    private static MarkRequest self() {
        return MarkRequest.presence(SESSION, UUID.randomUUID(), MarkSource.SELF, Marker.participant("Rana"), START);
    }
}
