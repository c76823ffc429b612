package de.mosaik.attendance.web;

import de.mosaik.attendance.domain.CheckInService;
import de.mosaik.attendance.domain.SessionRef;
import de.mosaik.identity.TenantProfile;
import de.mosaik.identity.Tenants;
import de.mosaik.shared.EmailAddress;
import de.mosaik.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public page behind the room's code: participants check themselves in with the address they
 * registered with, while the session runs. The page says whether the address was found, so that a
 * typo does not leave anyone unrecorded; the room code and a rate limit per client and room keep
 * others from trying out addresses.
 */
@Controller
class SelfCheckInController {

    static final String PAGE = "/{slug}/einchecken/{code}";
    static final String VIEW = "attendance/self-check-in";

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]{6,32}");

    private final Tenants tenants;
    private final CheckInService checkIns;
    private final SelfCheckInRateLimit rateLimit;

    SelfCheckInController(Tenants tenants, CheckInService checkIns, SelfCheckInRateLimit rateLimit) {
        this.tenants = tenants;
        this.checkIns = checkIns;
        this.rateLimit = rateLimit;
    }

    @GetMapping(PAGE)
    String form(@PathVariable String slug, @PathVariable String code, Model model, HttpServletResponse response) {
        var target = target(slug, code, model);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        var now = Instant.now();
        var session = target.session();
        model.addAttribute(
                "page", new SelfCheckInPage(CheckInService.roomPath(slug, code), target, state(session, now), ""));
        model.addAttribute("errors", FormErrors.none());
        return VIEW;
    }

    @PostMapping(PAGE)
    String checkIn(
            @PathVariable String slug,
            @PathVariable String code,
            @ModelAttribute("form") SelfCheckInForm form,
            BindingResult result,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        var target = target(slug, code, model);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        var tenant = (TenantProfile) model.getAttribute("tenant");
        var now = Instant.now();
        var state = state(target.session(), now);
        if (state != SelfCheckInPage.State.OPEN) {
            model.addAttribute(
                    "page", new SelfCheckInPage(CheckInService.roomPath(slug, code), target, state, form.value()));
            model.addAttribute("errors", FormErrors.none());
            return VIEW;
        }
        if (form.value().isEmpty()) {
            result.rejectValue("email", "checkin.email.required");
        } else if (!EmailAddress.isValid(form.value())) {
            result.rejectValue("email", "checkin.email.invalid");
        }
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute(
                    "page", new SelfCheckInPage(CheckInService.roomPath(slug, code), target, state, form.value()));
            model.addAttribute("errors", new FormErrors(result));
            return VIEW;
        }
        // Counted only now: a typo caught by the form check looks nothing up and should not use up the room's tries.
        if (!rateLimit.allow(request, code)) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(SelfCheckInRateLimit.WINDOW.toSeconds()));
            model.addAttribute(
                    "page",
                    new SelfCheckInPage(
                            CheckInService.roomPath(slug, code), target, SelfCheckInPage.State.TOO_MANY, form.value()));
            model.addAttribute("errors", FormErrors.none());
            return VIEW;
        }
        var outcome = checkIns.selfCheckIn(tenant.id(), target, form.value(), now);
        var after = switch (outcome) {
            case CHECKED_IN -> SelfCheckInPage.State.CHECKED_IN;
            case ALREADY_CHECKED_IN -> SelfCheckInPage.State.ALREADY_CHECKED_IN;
            case ASK_TRAINER -> SelfCheckInPage.State.ASK_TRAINER;
            case NOT_FOUND -> SelfCheckInPage.State.NOT_FOUND;
            case NOT_YET_OPEN -> SelfCheckInPage.State.NOT_YET_OPEN;
            case OVER -> SelfCheckInPage.State.OVER;
        };
        // Keep what was typed when it was not found, so a typo can be corrected.
        var kept = after == SelfCheckInPage.State.NOT_FOUND ? form.value() : "";
        model.addAttribute("page", new SelfCheckInPage(CheckInService.roomPath(slug, code), target, after, kept));
        model.addAttribute("errors", FormErrors.none());
        return VIEW;
    }

    private static SelfCheckInPage.State state(SessionRef session, Instant now) {
        if (session.checkInOpen(now)) {
            return SelfCheckInPage.State.OPEN;
        }
        return session.over(now) ? SelfCheckInPage.State.OVER : SelfCheckInPage.State.NOT_YET_OPEN;
    }

    /** The tenant (active only) and the session of the code, or 404 — also for another tenant's code. */
    private CheckInService.RoomTarget target(String slug, String code, Model model) {
        Optional<TenantProfile> tenant = tenants.bySlug(slug).filter(TenantProfile::active);
        if (tenant.isEmpty() || !CODE.matcher(code).matches()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("tenant", tenant.get());
        model.addAttribute("branding", tenant.get().branding());
        return checkIns.roomTarget(tenant.get().id(), code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
