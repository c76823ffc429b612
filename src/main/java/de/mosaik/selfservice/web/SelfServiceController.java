package de.mosaik.selfservice.web;

import de.mosaik.identity.TenantProfile;
import de.mosaik.identity.Tenants;
import de.mosaik.selfservice.domain.MagicLinkService;
import de.mosaik.selfservice.domain.RegistrationRecord;
import de.mosaik.shared.EmailAddress;
import de.mosaik.shared.web.CreatesOrSends;
import de.mosaik.shared.web.FormErrors;
import de.mosaik.shared.web.PageContext;
import de.mosaik.shared.web.PersonalRecordSource;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's own record: the form that mails a link, the page behind the link, whose button (not
 * the link itself, since mail scanners open links) lets this browser in for a while, and the
 * overview with the sections of every module that keeps data about participants.
 */
@Controller
class SelfServiceController {

    static final String REQUEST = "/{slug}/meine-daten";
    static final String LINK = "/{slug}/meine-daten/{token}";
    static final String OVERVIEW = "/{slug}/meine-daten/uebersicht";
    static final String LEAVE = "/{slug}/meine-daten/abmelden";

    private static final Logger log = LoggerFactory.getLogger(SelfServiceController.class);

    private final Tenants tenants;
    private final MagicLinkService links;
    private final List<PersonalRecordSource> sources;
    private final Duration access;

    SelfServiceController(
            Tenants tenants,
            MagicLinkService links,
            List<PersonalRecordSource> sources,
            @Value("${mosaik.selfservice.access-duration:30m}") Duration access) {
        this.tenants = tenants;
        this.links = links;
        this.sources = sources.stream()
                .sorted(Comparator.comparingInt(PersonalRecordSource::order))
                .toList();
        this.access = access;
    }

    @GetMapping(REQUEST)
    String requestForm(@PathVariable String slug, Model model) {
        var tenant = tenant(slug, model);
        boolean sent = Boolean.TRUE.equals(model.getAttribute("sent"));
        return requestPage(model, tenant, new LinkRequestForm(""), FormErrors.none(), sent, false);
    }

    @CreatesOrSends
    @PostMapping(REQUEST)
    String requestLink(
            @PathVariable String slug,
            @ModelAttribute("form") LinkRequestForm form,
            BindingResult result,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        var tenant = tenant(slug, model);
        var email = form.value().strip();
        if (!EmailAddress.isValid(email)) {
            result.rejectValue("email", "selfservice.request.email.invalid");
            return requestPage(model, tenant, form, new FormErrors(result), false, false);
        }
        if (!links.request(tenant, email, context(model).locale(), request.getRemoteAddr())) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, "3600");
            model.addAttribute("tooMany", true);
            return requestPage(model, tenant, form, FormErrors.none(), false, false);
        }
        // The same answer whether or not the address registered here; after a redirect, so that
        // reloading the page does not ask again.
        redirect.addFlashAttribute("sent", true);
        return "redirect:" + context(model).href("/" + slug + "/meine-daten");
    }

    @GetMapping(LINK)
    String linkPage(@PathVariable String slug, @PathVariable String token, HttpServletResponse response, Model model) {
        keepPrivate(response);
        var tenant = tenant(slug, model);
        if (links.address(tenant.id(), token).isEmpty()) {
            return invalidLink(model, response, tenant);
        }
        model.addAttribute("action", "/" + slug + "/meine-daten/" + token);
        return "selfservice/link";
    }

    @PostMapping(LINK)
    String openRecord(
            @PathVariable String slug,
            @PathVariable String token,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        keepPrivate(response);
        var tenant = tenant(slug, model);
        var address = links.consume(tenant.id(), token);
        if (address.isEmpty()) {
            // Pressed twice in this browser: the first press already opened the record.
            if (RecordGrant.current(request, tenant.id()).isPresent()) {
                return "redirect:" + context(model).href("/" + slug + "/meine-daten/uebersicht");
            }
            return invalidLink(model, response, tenant);
        }
        RecordGrant.give(request, tenant.id(), address.get(), access);
        return "redirect:" + context(model).href("/" + slug + "/meine-daten/uebersicht");
    }

    @GetMapping(OVERVIEW)
    String overview(@PathVariable String slug, HttpServletRequest request, HttpServletResponse response, Model model) {
        keepPrivate(response);
        var tenant = tenant(slug, model);
        var grant = RecordGrant.current(request, tenant.id());
        if (grant.isEmpty()) {
            return "redirect:" + context(model).href("/" + slug + "/meine-daten");
        }
        var ctx = context(model);
        var sections = new ArrayList<OverviewSection>();
        for (var source : sources) {
            try {
                if (source instanceof RegistrationRecord registrations) {
                    sections.add(OverviewSection.ofRegistrations(
                            registrations.registrations(tenant.id(), grant.get().emailNormalized(), ctx)));
                } else {
                    source.section(tenant.id(), grant.get().emailNormalized(), ctx)
                            .ifPresent(section -> sections.add(OverviewSection.of(section)));
                }
            } catch (RuntimeException e) {
                // One module failing must not hide what the others know.
                log.warn(
                        "A section of a personal record failed: {}",
                        source.getClass().getName(),
                        e);
                sections.add(OverviewSection.failed());
            }
        }
        model.addAttribute("email", grant.get().emailNormalized());
        model.addAttribute("sections", sections);
        model.addAttribute("leave", "/" + slug + "/meine-daten/abmelden");
        model.addAttribute("download", "/" + slug + "/meine-daten/auskunft");
        return "selfservice/overview";
    }

    @PostMapping(LEAVE)
    String leave(@PathVariable String slug, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        var tenant = tenant(slug, model);
        RecordGrant.revoke(request, tenant.id());
        redirect.addFlashAttribute("notice", "selfservice.left");
        return "redirect:" + context(model).href("/" + slug + "/meine-daten");
    }

    private String requestPage(
            Model model,
            TenantProfile tenant,
            LinkRequestForm form,
            FormErrors errors,
            boolean sent,
            boolean invalidLink) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("sent", sent);
        model.addAttribute("invalidLink", invalidLink);
        if (!model.containsAttribute("tooMany")) {
            model.addAttribute("tooMany", false);
        }
        model.addAttribute("action", "/" + tenant.slug() + "/meine-daten");
        model.addAttribute("validMinutes", links.validity().toMinutes());
        return "selfservice/request";
    }

    /** An unknown, foreign or expired link: say so and offer a new one at once. */
    private String invalidLink(Model model, HttpServletResponse response, TenantProfile tenant) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return requestPage(model, tenant, new LinkRequestForm(""), FormErrors.none(), false, true);
    }

    /** Only active tenants have public pages; their branding goes into the model for the layout. */
    private TenantProfile tenant(String slug, Model model) {
        var tenant = tenants.bySlug(slug)
                .filter(TenantProfile::active)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("branding", tenant.branding());
        return tenant;
    }

    private static PageContext context(Model model) {
        return (PageContext) model.getAttribute("ctx");
    }

    /** The address holds a secret and the pages personal data: no Referer, no caching, no search index. */
    private static void keepPrivate(HttpServletResponse response) {
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
    }
}
