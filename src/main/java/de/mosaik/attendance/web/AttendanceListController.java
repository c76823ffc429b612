package de.mosaik.attendance.web;

import de.mosaik.attendance.AttendanceStatus;
import de.mosaik.attendance.MarkSource;
import de.mosaik.attendance.domain.AttendanceEvent;
import de.mosaik.attendance.domain.AttendancePolicy;
import de.mosaik.attendance.domain.AttendanceService;
import de.mosaik.attendance.domain.CheckInService;
import de.mosaik.attendance.domain.MarkRequest;
import de.mosaik.attendance.domain.SessionRef;
import de.mosaik.shared.privacy.PersonalDataAccessLog;
import de.mosaik.shared.privacy.PersonalDataAccessLog.AccessKind;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CurrentUser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The trainer's attendance list of one session, made for a tablet. Each row saves itself through
 * htmx as soon as a status is tapped; without JavaScript the whole list is one form, which is also
 * how a paper sign-in sheet is entered afterwards.
 */
@Controller
@BackOfficePage
@PreAuthorize(AttendancePages.ROLES)
class AttendanceListController {

    /** Refused on the server, whatever the page offered: nobody attended a session that has not begun. */
    private static final String NOT_STARTED = "attendance.result.notStarted";

    private final AttendancePages pages;
    private final AttendanceService attendanceService;
    private final CheckInService checkIns;
    private final PersonalDataAccessLog accessLog;

    AttendanceListController(
            AttendancePages pages,
            AttendanceService attendanceService,
            CheckInService checkIns,
            PersonalDataAccessLog accessLog) {
        this.pages = pages;
        this.attendanceService = attendanceService;
        this.checkIns = checkIns;
        this.accessLog = accessLog;
    }

    /** The session running now or coming next, so that the trainer starts right away. */
    @GetMapping(AttendancePages.BASE)
    String current(
            @AuthenticationPrincipal CurrentUser user,
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @RequestParam(name = "q", required = false) @Nullable String query,
            Model model) {
        var event = pages.event(tenant, id, user);
        var session = event.likelySession(Instant.now());
        if (session.isEmpty()) {
            model.addAttribute("event", event);
            model.addAttribute("slug", tenant.slug());
            return "attendance/no-sessions";
        }
        return show(tenant, event, session.get(), query, model);
    }

    @GetMapping(AttendancePages.BASE + "/{sessionId}")
    String session(
            @AuthenticationPrincipal CurrentUser user,
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @PathVariable UUID sessionId,
            @RequestParam(name = "q", required = false) @Nullable String query,
            Model model) {
        var event = pages.event(tenant, id, user);
        return show(tenant, event, AttendancePages.session(event, sessionId), query, model);
    }

    private String show(
            BackOfficeTenant tenant, AttendanceEvent event, SessionRef session, @Nullable String query, Model model) {
        // The search's htmx refreshes are logged too: anybody can send the header and read the list with it.
        accessLog.record(tenant.id(), AccessKind.VIEW, "attendance.list", event.title(), null);
        var needle = query == null ? "" : query.strip();
        var roster = attendanceService.roster(event, session, tenant.id());
        @SuppressWarnings("unchecked")
        var conflicts = (List<String>) model.getAttribute("conflicts");
        model.addAttribute(
                "page",
                new AttendanceListPage(
                        tenant.slug(),
                        roster,
                        roster.filtered(needle),
                        needle,
                        (String) model.getAttribute("problem"),
                        conflicts == null ? List.of() : conflicts,
                        checkIns.roomCode(tenant.id(), tenant.slug(), session.id())
                                .isPresent(),
                        Instant.now()));
        return "attendance/list";
    }

    /** One row, as htmx sends it when a status is tapped or a note changed; without htmx, back to the list. */
    @PostMapping(AttendancePages.BASE + "/{sessionId}/{registrationId}")
    String markOne(
            @AuthenticationPrincipal CurrentUser user,
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @PathVariable UUID sessionId,
            @PathVariable UUID registrationId,
            @RequestParam Map<String, String> form,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model,
            RedirectAttributes redirect) {
        var event = pages.event(tenant, id, user);
        var session = AttendancePages.session(event, sessionId);
        var entry = entry(registrationId, form);
        String problem = null;
        if (!AttendancePolicy.listOpen(session, Instant.now())) {
            problem = NOT_STARTED;
        } else if (entry != null) {
            var outcome = attendanceService.mark(
                    tenant.id(),
                    MarkRequest.fromList(
                            session,
                            registrationId,
                            entry.status(),
                            entry.note(),
                            MarkSource.LIST,
                            entry.version(),
                            AttendancePages.marker(user),
                            Instant.now()));
            problem = switch (outcome) {
                case DONE, UNCHANGED -> null;
                case CONFLICT, KEPT -> "attendance.result.conflict";
                case NOT_CONFIRMED -> throw AttendancePages.notFound();
            };
        } else {
            problem = "attendance.result.noStatus";
        }
        var row = attendanceService
                .row(tenant.id(), event, session, registrationId)
                .orElseThrow(AttendancePages::notFound);
        if (htmx == null) {
            if (problem != null) {
                redirect.addFlashAttribute("problem", problem);
            } else {
                redirect.addFlashAttribute("notice", "attendance.result.saved");
            }
            return "redirect:" + AttendancePages.list(tenant, id, sessionId);
        }
        var action = AttendancePages.list(tenant, id, sessionId) + "/" + registrationId;
        model.addAttribute("view", new RowView(row, action, problem, problem == null));
        model.addAttribute("roster", attendanceService.roster(event, session, tenant.id()));
        return "attendance/row-update";
    }

    /** The whole list at once: the form without JavaScript, and the entry from the paper sheet. */
    @PostMapping(AttendancePages.BASE + "/{sessionId}")
    String markAll(
            @AuthenticationPrincipal CurrentUser user,
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @PathVariable UUID sessionId,
            @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        var event = pages.event(tenant, id, user);
        var session = AttendancePages.session(event, sessionId);
        if (!AttendancePolicy.listOpen(session, Instant.now())) {
            redirect.addFlashAttribute("problem", NOT_STARTED);
            return "redirect:" + AttendancePages.list(tenant, id, sessionId);
        }
        var entries = new ArrayList<AttendanceService.Entry>();
        for (var row : attendanceService.roster(event, session, tenant.id()).rows()) {
            var entry = entry(row.registrationId(), form);
            if (entry != null) {
                entries.add(entry);
            }
        }
        var source = "true".equals(form.get("fromSheet")) ? MarkSource.SHEET : MarkSource.LIST;
        var result = attendanceService.markAll(
                tenant.id(), session, entries, source, AttendancePages.marker(user), Instant.now());
        if (result.conflicts().isEmpty()) {
            redirect.addFlashAttribute("notice", "attendance.result.listSaved");
        } else {
            redirect.addFlashAttribute("problem", "attendance.result.listConflicts");
            redirect.addFlashAttribute("conflicts", result.conflicts());
        }
        return "redirect:" + AttendancePages.list(tenant, id, sessionId);
    }

    /** "Alle anwesend": everyone without a mark yet is marked present; existing marks stay. */
    @PostMapping(AttendancePages.BASE + "/{sessionId}/alle-anwesend")
    String allPresent(
            @AuthenticationPrincipal CurrentUser user,
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @PathVariable UUID sessionId,
            RedirectAttributes redirect) {
        var event = pages.event(tenant, id, user);
        var session = AttendancePages.session(event, sessionId);
        if (!AttendancePolicy.listOpen(session, Instant.now())) {
            redirect.addFlashAttribute("problem", NOT_STARTED);
            return "redirect:" + AttendancePages.list(tenant, id, sessionId);
        }
        attendanceService.markRestAttended(
                tenant.id(), session, MarkSource.LIST, AttendancePages.marker(user), Instant.now());
        redirect.addFlashAttribute("notice", "attendance.result.allPresent");
        return "redirect:" + AttendancePages.list(tenant, id, sessionId);
    }

    /** The fields of one row in a submitted form; null when no status was chosen for it. */
    private static AttendanceService.@Nullable Entry entry(UUID registrationId, Map<String, String> form) {
        var key = registrationId.toString();
        var status = parse(form.get("status-" + key));
        if (status == null) {
            return null;
        }
        var note = form.getOrDefault("note-" + key, "");
        return new AttendanceService.Entry(registrationId, status, note, version(form.get("version-" + key)));
    }

    private static @Nullable AttendanceStatus parse(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return AttendanceStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable Integer version(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
