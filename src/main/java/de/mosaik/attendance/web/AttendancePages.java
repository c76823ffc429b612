package de.mosaik.attendance.web;

import de.mosaik.attendance.domain.AttendanceEvent;
import de.mosaik.attendance.domain.AttendanceService;
import de.mosaik.attendance.domain.Marker;
import de.mosaik.attendance.domain.SessionRef;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CurrentUser;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * What the attendance pages share: the event and session of the path (404 when they are not the
 * tenant's), the check that the user may take attendance for it (403 for a trainer of other events),
 * and the person who records.
 */
@Component
class AttendancePages {

    static final String BASE = "/verwaltung/{slug}/veranstaltungen/{id}/anwesenheit";
    static final String ROLES = "hasAnyRole('TENANT_ADMIN','STAFF','TRAINER')";

    private final AttendanceService attendanceService;

    AttendancePages(AttendanceService attendanceService) {
        this.attendanceService = attendanceService;
    }

    /** The tenant's event, if the user may take its attendance. */
    AttendanceEvent event(BackOfficeTenant tenant, UUID eventId, CurrentUser user) {
        var event = attendanceService.event(tenant.id(), eventId).orElseThrow(AttendancePages::notFound);
        if (!attendanceService.mayMark(tenant.id(), eventId, marker(user))) {
            throw new AccessDeniedException("not a speaker of this event");
        }
        return event;
    }

    static SessionRef session(AttendanceEvent event, UUID sessionId) {
        return event.session(sessionId).orElseThrow(AttendancePages::notFound);
    }

    /** Staff and administrators act for the whole tenant; an account that is only a trainer, for its own events. */
    static Marker marker(CurrentUser user) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean staff = authentication != null
                && authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(a -> a.equals("ROLE_TENANT_ADMIN") || a.equals("ROLE_STAFF"));
        return staff
                ? Marker.staff(user.accountId(), user.displayName())
                : Marker.trainer(user.accountId(), user.displayName());
    }

    static String list(BackOfficeTenant tenant, UUID eventId) {
        return tenant.path("/veranstaltungen/" + eventId + "/anwesenheit");
    }

    static String list(BackOfficeTenant tenant, UUID eventId, UUID sessionId) {
        return list(tenant, eventId) + "/" + sessionId;
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
