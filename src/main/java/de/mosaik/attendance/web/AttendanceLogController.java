package de.mosaik.attendance.web;

import de.mosaik.attendance.domain.AttendanceService;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CurrentUser;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Every change of an event's marks, newest first, with late corrections marked as such. */
@Controller
@BackOfficePage
@PreAuthorize(AttendancePages.ROLES)
class AttendanceLogController {

    private final AttendancePages pages;
    private final AttendanceService attendanceService;

    AttendanceLogController(AttendancePages pages, AttendanceService attendanceService) {
        this.pages = pages;
        this.attendanceService = attendanceService;
    }

    @GetMapping(AttendancePages.BASE + "/protokoll")
    String log(@AuthenticationPrincipal CurrentUser user, BackOfficeTenant tenant, @PathVariable UUID id, Model model) {
        var event = pages.event(tenant, id, user);
        model.addAttribute("event", event);
        model.addAttribute("changes", attendanceService.changes(tenant.id(), id));
        model.addAttribute("base", AttendancePages.list(tenant, id));
        return "attendance/log";
    }
}
