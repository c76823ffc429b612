package de.mosaik.demo;

import de.mosaik.attendance.AttendanceStatus;
import de.mosaik.attendance.AttendanceTaking;
import de.mosaik.attendance.AttendanceTaking.EndedSession;
import de.mosaik.attendance.AttendanceTaking.TakenMark;
import de.mosaik.attendance.MarkSource;
import de.mosaik.demo.DemoEvents.WrittenEvent;
import de.mosaik.events.EventStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Attendance for the demo tenant's sessions that are over: most confirmed participants present, some
 * excused or absent, a few late corrections ("forgot to sign") by the trainer two days later. Taken
 * through the attendance module's list at the moment it would have been taken, so that late entries
 * from the paper sheet are logged as such. The outcome of each person and session follows from a hash
 * of their ids.
 */
@Component
class DemoAttendance {

    private final AttendanceTaking attendance;

    DemoAttendance(AttendanceTaking attendance) {
        this.attendance = attendance;
    }

    /** {@code trainer} takes the attendance of every session of the tenant's {@code events}. */
    void seed(UUID tenantId, List<WrittenEvent> events, UUID trainerAccountId, String trainerName, Instant now) {
        for (var event : events) {
            if (event.status() == EventStatus.CANCELLED) {
                continue;
            }
            for (var session : attendance.endedSessions(tenantId, event.id(), now)) {
                for (var registrationId : session.confirmedRegistrations()) {
                    mark(tenantId, session, registrationId, trainerAccountId, trainerName);
                }
            }
        }
    }

    private void mark(
            UUID tenantId, EndedSession session, UUID registrationId, UUID trainerAccountId, String trainerName) {
        int roll = Math.floorMod((registrationId.toString() + session.id()).hashCode(), 100);
        var status =
                roll < 85 ? AttendanceStatus.ATTENDED : roll < 93 ? AttendanceStatus.EXCUSED : AttendanceStatus.ABSENT;
        // The paper sheet is typed in the next day; the list and QR scans are taken in the room.
        var source = roll % 3 == 0 ? MarkSource.SHEET : roll % 3 == 1 ? MarkSource.LIST : MarkSource.QR;
        var at = source == MarkSource.SHEET
                ? session.endsAt().plus(Duration.ofDays(1))
                : session.endsAt().minus(Duration.ofMinutes(30));
        var note = status == AttendanceStatus.EXCUSED ? "Krankmeldung per Mail" : "";
        attendance.recordMark(
                tenantId,
                session,
                registrationId,
                new TakenMark(status, note, source, trainerAccountId, trainerName, at));
        // Some who were marked absent had only forgotten to sign: corrected two days after the session.
        if (status == AttendanceStatus.ABSENT && roll >= 97) {
            attendance.recordMark(
                    tenantId,
                    session,
                    registrationId,
                    new TakenMark(
                            AttendanceStatus.ATTENDED,
                            "Unterschrift vergessen, nachgetragen",
                            MarkSource.LIST,
                            trainerAccountId,
                            trainerName,
                            session.endsAt().plus(Duration.ofDays(2))));
        }
    }
}
