package de.mosaik.attendance.domain;

import de.mosaik.attendance.CheckInPass;
import de.mosaik.attendance.CheckInPasses;
import de.mosaik.attendance.MarkSource;
import de.mosaik.identity.Tenants;
import de.mosaik.shared.EmailAddress;
import de.mosaik.shared.web.BaseUrl;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Check-in by code: a trainer scans a participant's personal pass, or participants check themselves in
 * with the room code the trainer shows. Both only record ATTENDED; looking at a pass or a code changes
 * nothing.
 */
@Service
public class CheckInService implements CheckInPasses {

    /** Scaled so that a mail client shows the code large enough for a phone camera at arm's length. */
    private static final int PNG_SCALE = 8;

    private final CheckInRepository checkIns;
    private final AttendanceService attendanceService;
    private final Tenants tenants;
    private final BaseUrl baseUrl;

    CheckInService(CheckInRepository checkIns, AttendanceService attendanceService, Tenants tenants, BaseUrl baseUrl) {
        this.checkIns = checkIns;
        this.attendanceService = attendanceService;
        this.tenants = tenants;
        this.baseUrl = baseUrl;
    }

    @Override
    @Transactional
    public Optional<CheckInPass> passFor(UUID tenantId, UUID registrationId) {
        return issue(tenantId, registrationId);
    }

    @Override
    @Transactional
    public Optional<CheckInPass> issue(UUID tenantId, UUID registrationId) {
        var tenant = tenants.byId(tenantId);
        if (tenant.isEmpty()) {
            return Optional.empty();
        }
        return checkIns.passToken(tenantId, registrationId).map(token -> {
            var url = baseUrl.link(passPath(tenant.get().slug(), token));
            return new CheckInPass(url, CheckInQrCodes.svg(url), CheckInQrCodes.png(url, PNG_SCALE));
        });
    }

    public static String passPath(String slug, String token) {
        return "/verwaltung/" + slug + "/einchecken/" + token;
    }

    @Transactional(readOnly = true)
    public Optional<PassHolder> holder(UUID tenantId, String token) {
        return checkIns.holder(tenantId, token);
    }

    /** Marks the pass holder present in the session with source QR; a second scan changes nothing. */
    @Transactional
    public MarkOutcome checkInByPass(UUID tenantId, PassHolder holder, SessionRef session, Marker marker, Instant now) {
        return attendanceService.mark(
                tenantId, MarkRequest.presence(session, holder.registrationId(), MarkSource.QR, marker, now));
    }

    @Transactional(readOnly = true)
    public Optional<RoomCode> roomCode(UUID tenantId, String slug, UUID sessionId) {
        return checkIns.roomCode(tenantId, sessionId).map(code -> roomCode(slug, code));
    }

    @Transactional
    public RoomCode openRoomCode(UUID tenantId, String slug, UUID sessionId, Marker marker, Instant now) {
        return roomCode(slug, checkIns.openRoomCode(tenantId, sessionId, marker, now));
    }

    @Transactional
    public void closeRoomCode(UUID tenantId, UUID sessionId) {
        checkIns.closeRoomCode(tenantId, sessionId);
    }

    private RoomCode roomCode(String slug, String code) {
        var url = baseUrl.link(roomPath(slug, code));
        return new RoomCode(code, url, CheckInQrCodes.svg(url));
    }

    public static String roomPath(String slug, String code) {
        return "/" + slug + "/einchecken/" + code;
    }

    /** The event and session a room code opens, if the code is one of the tenant's. */
    public record RoomTarget(AttendanceEvent event, SessionRef session) {}

    @Transactional(readOnly = true)
    public Optional<RoomTarget> roomTarget(UUID tenantId, String code) {
        var normalized = code.strip().toUpperCase(Locale.ROOT);
        return checkIns.codeTarget(tenantId, normalized)
                .flatMap(target -> attendanceService
                        .event(tenantId, target.eventId())
                        .flatMap(event -> event.session(target.sessionId()).map(s -> new RoomTarget(event, s))));
    }

    /** What a participant's self check-in came to. */
    public enum SelfOutcome {
        CHECKED_IN,
        /** The participant was already recorded as present; nothing changed. */
        ALREADY_CHECKED_IN,
        /**
         * Staff or the trainer recorded the participant as absent or excused; a self check-in does not
         * override that, the participant is asked to speak to the trainer.
         */
        ASK_TRAINER,
        /** The address belongs to no confirmed registration of the event. */
        NOT_FOUND,
        NOT_YET_OPEN,
        OVER
    }

    /**
     * Checks a participant in by the address they registered with, while the session's window is
     * open. The participant is told whether the address was found, so that a typo does not leave
     * them unrecorded; only someone in the room during the session has the code, and the rate
     * limit keeps them from trying out many addresses. An existing mark is never changed, so a
     * forwarded code and a colleague's address cannot turn a recorded absence into presence.
     */
    @Transactional
    public SelfOutcome selfCheckIn(UUID tenantId, RoomTarget target, String email, Instant now) {
        var session = target.session();
        if (!session.checkInOpen(now)) {
            return session.over(now) ? SelfOutcome.OVER : SelfOutcome.NOT_YET_OPEN;
        }
        var holder = checkIns.confirmedByEmail(tenantId, target.event().id(), EmailAddress.normalize(email));
        if (holder.isEmpty()) {
            return SelfOutcome.NOT_FOUND;
        }
        var outcome = attendanceService.mark(
                tenantId,
                MarkRequest.presence(
                        session,
                        holder.get().registrationId(),
                        MarkSource.SELF,
                        Marker.participant(holder.get().name()),
                        now));
        return switch (outcome) {
            case DONE -> SelfOutcome.CHECKED_IN;
            case UNCHANGED -> SelfOutcome.ALREADY_CHECKED_IN;
            case KEPT, CONFLICT -> SelfOutcome.ASK_TRAINER;
            case NOT_CONFIRMED -> SelfOutcome.NOT_FOUND;
        };
    }
}
