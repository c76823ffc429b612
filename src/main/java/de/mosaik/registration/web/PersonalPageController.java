package de.mosaik.registration.web;

import de.mosaik.attendance.CheckInPasses;
import de.mosaik.certificates.Certificates;
import de.mosaik.events.EventCalendar;
import de.mosaik.identity.TenantProfile;
import de.mosaik.programmes.ProgrammeDirectory;
import de.mosaik.registration.RegistrationStatus;
import de.mosaik.registration.domain.PersonalLinkService;
import de.mosaik.registration.domain.Registration;
import de.mosaik.shared.i18n.UiLanguage;
import de.mosaik.shared.text.BerlinTime;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The personal page behind the link in the registrant's mails. Opening it never changes anything,
 * since mail scanners open links too; only its buttons (POST) confirm or cancel. The address holds
 * the secret, so it must not leak through the Referer header, caches or search engines.
 */
@Controller
class PersonalPageController {

    static final String PAGE = "/{slug}/anmeldung/{token}";

    /** Tokens are 32 random bytes in URL-safe Base64; anything else is not looked up at all. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{20,64}");

    private final RegistrationPages site;
    private final PersonalLinkService personalLinkService;
    private final EventCalendar calendar;
    private final ProgrammeDirectory programmes;
    private final CheckInPasses checkInPasses;
    private final Certificates certificates;

    PersonalPageController(
            RegistrationPages site,
            PersonalLinkService personalLinkService,
            EventCalendar calendar,
            ProgrammeDirectory programmes,
            CheckInPasses checkInPasses,
            Certificates certificates) {
        this.site = site;
        this.personalLinkService = personalLinkService;
        this.calendar = calendar;
        this.programmes = programmes;
        this.checkInPasses = checkInPasses;
        this.certificates = certificates;
    }

    @GetMapping(PAGE)
    String show(
            @PathVariable String slug,
            @PathVariable String token,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        keepPrivate(response);
        var tenant = site.tenantWithBranding(slug, model);
        var personal = tenant.flatMap(t -> find(t, token));
        if (personal.isEmpty()) {
            return unknownLink(model, response);
        }
        var registration = personal.get().registration();
        var event = personal.get().event();
        var status = registration.status();
        model.addAttribute("registration", registration);
        model.addAttribute("event", event);
        model.addAttribute("eventTitle", site.texts(event, locale).title());
        model.addAttribute("sessions", EventDates.sessions(event, locale, status == RegistrationStatus.CONFIRMED));
        model.addAttribute(
                "holdUntil",
                registration.holdUntil() == null ? "" : BerlinTime.dateTime(registration.holdUntil(), locale));
        model.addAttribute(
                "canConfirm",
                status == RegistrationStatus.PENDING_CONFIRMATION
                        || (status == RegistrationStatus.WAITLISTED && !registration.emailConfirmed()));
        model.addAttribute("canCancel", status.live());
        model.addAttribute("base", pageHref(slug, token));
        model.addAttribute("programmes", programmes.containing(registration.tenantId(), registration.eventId()));
        if (status == RegistrationStatus.CONFIRMED) {
            checkInPasses
                    .passFor(registration.tenantId(), registration.id())
                    .ifPresent(pass -> model.addAttribute("checkInPass", pass));
        }
        var certificate = certificates.forRegistration(registration.tenantId(), registration.id());
        model.addAttribute("certificate", certificate.orElse(null));
        model.addAttribute(
                "certificateIssued",
                certificate.map(c -> BerlinTime.dateTime(c.issuedAt(), locale)).orElse(""));
        return "registration/visitor/personal";
    }

    @PostMapping(PAGE + "/bestaetigen")
    String confirm(
            @PathVariable String slug,
            @PathVariable String token,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return changeRegistration(
                slug,
                token,
                personalLinkService::confirm,
                "registration.personal.confirmedNotice",
                model,
                response,
                redirect);
    }

    /**
     * The step before cancelling: a cancellation cannot be undone, so the personal page only leads
     * here and this page asks once more, without JavaScript.
     */
    @GetMapping(PAGE + "/abmelden")
    String confirmCancel(
            @PathVariable String slug,
            @PathVariable String token,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        keepPrivate(response);
        var tenant = site.tenantWithBranding(slug, model);
        var personal = tenant.flatMap(t -> find(t, token));
        if (personal.isEmpty()) {
            return unknownLink(model, response);
        }
        var registration = personal.get().registration();
        if (!registration.status().live()) {
            return "redirect:" + pageHref(slug, token);
        }
        var event = personal.get().event();
        model.addAttribute("event", event);
        model.addAttribute("sessions", EventDates.sessions(event, locale, false));
        model.addAttribute("base", pageHref(slug, token));
        return "registration/visitor/cancel";
    }

    @PostMapping(PAGE + "/abmelden")
    String cancel(
            @PathVariable String slug,
            @PathVariable String token,
            @RequestParam(name = "bestaetigt", required = false) @Nullable String confirmed,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!"ja".equals(confirmed)) {
            keepPrivate(response);
            if (site.tenantWithBranding(slug, model)
                    .flatMap(t -> find(t, token))
                    .isEmpty()) {
                return unknownLink(model, response);
            }
            return "redirect:" + pageHref(slug, token) + "/abmelden";
        }
        return changeRegistration(
                slug,
                token,
                personalLinkService::cancel,
                "registration.personal.cancelledNotice",
                model,
                response,
                redirect);
    }

    /**
     * Confirming and cancelling differ only in what the personal link service does and which notice follows; the
     * checks around it are the same.
     */
    private String changeRegistration(
            String slug,
            String token,
            BiFunction<UUID, String, Optional<Registration>> action,
            String noticeKey,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        keepPrivate(response);
        var tenant = site.tenantWithBranding(slug, model);
        if (tenant.isEmpty() || !TOKEN.matcher(token).matches()) {
            return unknownLink(model, response);
        }
        if (action.apply(tenant.get().id(), token).isEmpty()) {
            return unknownLink(model, response);
        }
        redirect.addFlashAttribute("notice", noticeKey);
        return "redirect:" + pageHref(slug, token);
    }

    /** The event as a calendar file; with the online link only for confirmed participants. */
    @GetMapping(PAGE + "/kalender.ics")
    ResponseEntity<byte[]> calendar(@PathVariable String slug, @PathVariable String token) {
        var personal = site.tenant(slug).flatMap(t -> find(t, token));
        if (personal.isEmpty()) {
            return noCalendar();
        }
        var registration = personal.get().registration();
        // In the language the person registered in, as their mails are.
        var ics = calendar.event(
                registration.tenantId(),
                registration.eventId(),
                registration.status() == RegistrationStatus.CONFIRMED,
                UiLanguage.ofStored(registration.locale()));
        if (ics.isEmpty()) {
            return noCalendar();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Robots-Tag", "noindex, nofollow")
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("veranstaltung.ics")
                                .build()
                                .toString())
                .body(ics.get());
    }

    private static ResponseEntity<byte[]> noCalendar() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    private Optional<PersonalLinkService.Personal> find(TenantProfile tenant, String token) {
        return TOKEN.matcher(token).matches() ? personalLinkService.byToken(tenant.id(), token) : Optional.empty();
    }

    private static String unknownLink(Model model, HttpServletResponse response) {
        return MessagePage.show(
                model,
                response,
                HttpStatus.NOT_FOUND,
                "registration.personal.unknown.title",
                "registration.personal.unknown.text",
                null);
    }

    /** The address is the key to the registration: no Referer to other sites, no caching, no search index. */
    private static void keepPrivate(HttpServletResponse response) {
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
    }

    static String pageHref(String slug, String token) {
        return "/" + slug + "/anmeldung/" + token;
    }
}
