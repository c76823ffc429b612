package de.mosaik.registration.web;

import de.mosaik.events.Term;
import de.mosaik.registration.RegistrationStatus;
import de.mosaik.registration.domain.ParticipantService;
import de.mosaik.registration.domain.Registration;
import de.mosaik.shared.privacy.PersonalDataAccessLog;
import de.mosaik.shared.privacy.PersonalDataAccessLog.AccessKind;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CurrentUser;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The participants of an event with filter and search, and what staff do with one of them:
 * approve, decline, give a seat now, move to the top of the waitlist, cancel. Every action says
 * what happened; when someone else acted first, it says so instead of failing silently.
 */
@Controller
@BackOfficePage
@PreAuthorize("hasAnyRole('TENANT_ADMIN','STAFF')")
class ParticipantListController {

    private final ParticipantPages pages;
    private final ParticipantService participantService;
    private final PersonalDataAccessLog accessLog;

    ParticipantListController(
            ParticipantPages pages, ParticipantService participantService, PersonalDataAccessLog accessLog) {
        this.pages = pages;
        this.participantService = participantService;
        this.accessLog = accessLog;
    }

    // Trainers take attendance from names alone; this list shows e-mail addresses and answers.
    @GetMapping(ParticipantPages.BASE)
    String list(
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(name = "q", required = false) @Nullable String query,
            Authentication authentication,
            Model model) {
        var event = pages.event(tenant, id);
        // Partial refreshes are logged too: anybody can send the htmx header and read the list with it.
        accessLog.record(tenant.id(), AccessKind.VIEW, "registration.list", event.title(), null);
        var wanted = parseStatus(status);
        var needle = query == null ? "" : query.strip();
        var all = participantService.ofEvent(tenant.id(), id);
        var shown = all.stream()
                .filter(r -> wanted == null || r.status() == wanted)
                .filter(r -> matches(r, needle))
                .toList();
        var targetGroups = pages.targetGroups(tenant).stream()
                .collect(Collectors.toMap(Term::id, Function.identity(), (a, b) -> a));
        var canChange = authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_TENANT_ADMIN")
                        || a.getAuthority().equals("ROLE_STAFF"));
        model.addAttribute(
                "list",
                new ParticipantList(
                        event,
                        shown,
                        all.size(),
                        targetGroups,
                        wanted,
                        needle,
                        canChange,
                        (String) model.getAttribute("problem"),
                        (Integer) model.getAttribute("messaged")));
        return "registration/staff/list";
    }

    @PostMapping(ParticipantPages.BASE + "/{registrationId}/annehmen")
    String approve(
            @AuthenticationPrincipal CurrentUser user,
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @PathVariable UUID registrationId,
            RedirectAttributes redirect) {
        var result = participantService.approve(tenant.id(), id, registrationId, ParticipantPages.actor(user));
        return answer(result, "participants.result.approved", tenant, id, redirect);
    }

    @PostMapping(ParticipantPages.BASE + "/{registrationId}/ablehnen")
    String decline(
            @AuthenticationPrincipal CurrentUser user,
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @PathVariable UUID registrationId,
            RedirectAttributes redirect) {
        var result = participantService.decline(tenant.id(), id, registrationId, ParticipantPages.actor(user));
        return answer(result, "participants.result.declined", tenant, id, redirect);
    }

    @PostMapping(ParticipantPages.BASE + "/{registrationId}/platz-geben")
    String promote(
            @AuthenticationPrincipal CurrentUser user,
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @PathVariable UUID registrationId,
            RedirectAttributes redirect) {
        var result = participantService.promote(tenant.id(), id, registrationId, ParticipantPages.actor(user));
        return answer(result, "participants.result.promoted", tenant, id, redirect);
    }

    @PostMapping(ParticipantPages.BASE + "/{registrationId}/nach-oben")
    String moveToTop(
            @AuthenticationPrincipal CurrentUser user,
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @PathVariable UUID registrationId,
            RedirectAttributes redirect) {
        var result = participantService.moveToTop(tenant.id(), id, registrationId, ParticipantPages.actor(user));
        return answer(result, "participants.result.movedToTop", tenant, id, redirect);
    }

    @PostMapping(ParticipantPages.BASE + "/{registrationId}/stornieren")
    String cancel(
            @AuthenticationPrincipal CurrentUser user,
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @PathVariable UUID registrationId,
            @RequestParam(defaultValue = "false") boolean notify,
            RedirectAttributes redirect) {
        var result = participantService.cancel(tenant.id(), id, registrationId, ParticipantPages.actor(user), notify);
        return answer(result, "participants.result.cancelled", tenant, id, redirect);
    }

    private static String answer(
            ParticipantService.Result result,
            String doneKey,
            BackOfficeTenant tenant,
            UUID eventId,
            RedirectAttributes redirect) {
        switch (result) {
            case DONE -> redirect.addFlashAttribute("notice", doneKey);
            case FULL -> redirect.addFlashAttribute("problem", "participants.result.full");
            case NOT_APPLICABLE -> redirect.addFlashAttribute("problem", "participants.result.notApplicable");
            case CONFLICT -> redirect.addFlashAttribute("problem", "participants.result.conflict");
            case NOT_FOUND -> throw ParticipantPages.notFound();
        }
        return "redirect:" + ParticipantPages.list(tenant, eventId);
    }

    private static @Nullable RegistrationStatus parseStatus(@Nullable String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return RegistrationStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean matches(Registration registration, String needle) {
        if (needle.isEmpty()) {
            return true;
        }
        var lower = needle.toLowerCase(Locale.ROOT);
        return (registration.name() + " " + registration.email() + " " + registration.institution())
                .toLowerCase(Locale.ROOT)
                .contains(lower);
    }
}
