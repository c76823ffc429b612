package de.mosaik.attendance.web;

import de.mosaik.attendance.domain.AttendanceService;
import de.mosaik.attendance.domain.CheckInService;
import de.mosaik.attendance.domain.MarkOutcome;
import de.mosaik.attendance.domain.PassHolder;
import de.mosaik.shared.privacy.PersonalDataAccessLog;
import de.mosaik.shared.privacy.PersonalDataAccessLog.AccessKind;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The address in a participant's personal QR code. A trainer's phone opens it (after login, if
 * needed) and shows the person's check-in card for the session running now; only the button marks
 * them present. Opening the address changes nothing.
 */
@Controller
@BackOfficePage
@PreAuthorize(AttendancePages.ROLES)
class CheckInController {

    static final String PASS = "/verwaltung/{slug}/einchecken/{token}";

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{20,64}");

    private final AttendancePages pages;
    private final AttendanceService attendanceService;
    private final CheckInService checkIns;
    private final PersonalDataAccessLog accessLog;

    CheckInController(
            AttendancePages pages,
            AttendanceService attendanceService,
            CheckInService checkIns,
            PersonalDataAccessLog accessLog) {
        this.pages = pages;
        this.attendanceService = attendanceService;
        this.checkIns = checkIns;
        this.accessLog = accessLog;
    }

    @GetMapping(PASS)
    String card(
            @AuthenticationPrincipal CurrentUser user,
            BackOfficeTenant tenant,
            @PathVariable String token,
            @RequestParam(name = "sitzung", required = false) @Nullable UUID sessionId,
            Model model,
            HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        var holder = holder(tenant, token);
        var event = pages.event(tenant, holder.eventId(), user);
        accessLog.record(tenant.id(), AccessKind.VIEW, "attendance.checkin", event.title(), holder.email());
        var now = Instant.now();
        var running = event.running(now);
        var session = sessionId != null ? AttendancePages.session(event, sessionId) : running.orElse(null);
        var mark = session == null
                ? null
                : attendanceService
                        .row(tenant.id(), event, session, holder.registrationId())
                        .orElse(null);
        model.addAttribute(
                "card",
                new CheckInCard(
                        tenant.path("/einchecken/" + token),
                        holder,
                        event,
                        session,
                        session != null && session.checkInOpen(now),
                        mark));
        return "attendance/check-in";
    }

    @PostMapping(PASS)
    String checkIn(
            @AuthenticationPrincipal CurrentUser user,
            BackOfficeTenant tenant,
            @PathVariable String token,
            @RequestParam(name = "sitzung", required = false) @Nullable UUID sessionId,
            RedirectAttributes redirect) {
        var holder = holder(tenant, token);
        var event = pages.event(tenant, holder.eventId(), user);
        var back = tenant.path("/einchecken/" + token);
        if (sessionId == null) {
            redirect.addFlashAttribute("problem", "attendance.checkIn.chooseSession");
            return "redirect:" + back;
        }
        var session = AttendancePages.session(event, sessionId);
        var outcome = checkIns.checkInByPass(tenant.id(), holder, session, AttendancePages.marker(user), Instant.now());
        if (outcome == MarkOutcome.NOT_CONFIRMED) {
            redirect.addFlashAttribute("problem", "attendance.checkIn.notConfirmed");
        } else {
            redirect.addFlashAttribute(
                    "notice",
                    outcome == MarkOutcome.UNCHANGED ? "attendance.checkIn.already" : "attendance.checkIn.done");
        }
        return "redirect:" + back + "?sitzung=" + session.id();
    }

    private PassHolder holder(BackOfficeTenant tenant, String token) {
        if (!TOKEN.matcher(token).matches()) {
            throw AttendancePages.notFound();
        }
        return checkIns.holder(tenant.id(), token).orElseThrow(AttendancePages::notFound);
    }
}
