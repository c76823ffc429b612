package de.mosaik.attendance.web;

import de.mosaik.attendance.domain.AttendanceService;
import de.mosaik.events.EventStaff;
import de.mosaik.events.EventStaff.TrainerSession;
import de.mosaik.shared.text.BerlinTime;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CurrentUser;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "Meine Termine": where a trainer lands after login. Today's sessions and the next ones of the
 * events they speak at, with seats taken and people marked present, each leading to its attendance.
 */
@Controller
@BackOfficePage
@PreAuthorize(AttendancePages.ROLES)
class MySessionsController {

    static final String PAGE = "/verwaltung/{slug}/meine-termine";
    private static final int NEXT = 10;

    private final EventStaff eventStaff;
    private final AttendanceService attendanceService;

    MySessionsController(EventStaff eventStaff, AttendanceService attendanceService) {
        this.eventStaff = eventStaff;
        this.attendanceService = attendanceService;
    }

    @GetMapping(PAGE)
    String show(@AuthenticationPrincipal CurrentUser user, BackOfficeTenant tenant, Model model) {
        var now = Instant.now();
        var endOfToday = BerlinTime.startOf(LocalDate.now(BerlinTime.ZONE).plusDays(1));
        var today = new ArrayList<TrainerSession>();
        var next = new ArrayList<TrainerSession>();
        for (var session : eventStaff.upcomingSessions(tenant.id(), user.accountId(), now, 50)) {
            if (session.startsAt().isBefore(endOfToday)) {
                today.add(session);
            } else if (next.size() < NEXT) {
                next.add(session);
            }
        }
        var ids = new ArrayList<java.util.UUID>();
        today.forEach(s -> ids.add(s.sessionId()));
        next.forEach(s -> ids.add(s.sessionId()));
        model.addAttribute("page", new MySessionsPage(today, next, attendanceService.attendedCounts(tenant.id(), ids)));
        return "attendance/my-sessions";
    }

    static String path(BackOfficeTenant tenant) {
        return tenant.path("/meine-termine");
    }
}
