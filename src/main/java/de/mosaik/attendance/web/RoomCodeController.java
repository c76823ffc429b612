package de.mosaik.attendance.web;

import de.mosaik.attendance.domain.CheckInService;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CurrentUser;
import java.time.Instant;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The room's self-check-in code of a session: the trainer opens it and shows the page on a projector
 * (big QR code and short address); it works only while the session runs, and can be closed again.
 */
@Controller
@BackOfficePage
@PreAuthorize(AttendancePages.ROLES)
class RoomCodeController {

    private final AttendancePages pages;
    private final CheckInService checkIns;

    RoomCodeController(AttendancePages pages, CheckInService checkIns) {
        this.pages = pages;
        this.checkIns = checkIns;
    }

    @GetMapping(AttendancePages.BASE + "/{sessionId}/raumcode")
    String show(
            @AuthenticationPrincipal CurrentUser user,
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @PathVariable UUID sessionId,
            Model model) {
        var event = pages.event(tenant, id, user);
        var session = AttendancePages.session(event, sessionId);
        var now = Instant.now();
        model.addAttribute("event", event);
        model.addAttribute("session", session);
        model.addAttribute(
                "code", checkIns.roomCode(tenant.id(), tenant.slug(), sessionId).orElse(null));
        model.addAttribute("open", session.checkInOpen(now));
        model.addAttribute("over", session.over(now));
        model.addAttribute("base", AttendancePages.list(tenant, id, sessionId));
        return "attendance/room-code";
    }

    @PostMapping(AttendancePages.BASE + "/{sessionId}/raumcode")
    String open(
            @AuthenticationPrincipal CurrentUser user,
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @PathVariable UUID sessionId,
            RedirectAttributes redirect) {
        var event = pages.event(tenant, id, user);
        var session = AttendancePages.session(event, sessionId);
        checkIns.openRoomCode(tenant.id(), tenant.slug(), session.id(), AttendancePages.marker(user), Instant.now());
        redirect.addFlashAttribute("notice", "attendance.room.opened");
        return "redirect:" + AttendancePages.list(tenant, id, sessionId) + "/raumcode";
    }

    @PostMapping(AttendancePages.BASE + "/{sessionId}/raumcode/schliessen")
    String close(
            @AuthenticationPrincipal CurrentUser user,
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @PathVariable UUID sessionId,
            RedirectAttributes redirect) {
        var event = pages.event(tenant, id, user);
        var session = AttendancePages.session(event, sessionId);
        checkIns.closeRoomCode(tenant.id(), session.id());
        redirect.addFlashAttribute("notice", "attendance.room.closed");
        return "redirect:" + AttendancePages.list(tenant, id, sessionId) + "/raumcode";
    }
}
