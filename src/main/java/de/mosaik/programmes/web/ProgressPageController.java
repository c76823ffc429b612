package de.mosaik.programmes.web;

import de.mosaik.identity.TenantProfile;
import de.mosaik.identity.Tenants;
import de.mosaik.programmes.domain.ProgrammeCertificateService;
import de.mosaik.programmes.domain.ProgressService;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A participant's own progress in a programme, reached from the personal page of any of their
 * registrations: the personal link's secret identifies the e-mail address, and progress is shown
 * for that address only. Like the personal page it must not leak through Referer, caches or search.
 */
@Controller
class ProgressPageController {

    static final String PAGE = "/{slug}/anmeldung/{token}/programm/{programmeId}";

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{20,64}");

    private final Tenants tenants;
    private final ProgressService progress;
    private final ProgrammeCertificateService certificates;

    ProgressPageController(Tenants tenants, ProgressService progress, ProgrammeCertificateService certificates) {
        this.tenants = tenants;
        this.progress = progress;
        this.certificates = certificates;
    }

    @GetMapping(PAGE)
    String show(
            @PathVariable String slug,
            @PathVariable String token,
            @PathVariable String programmeId,
            Model model,
            HttpServletResponse response) {
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        var tenant = tenants.bySlug(slug).filter(TenantProfile::active).orElseThrow(ProgressPageController::notFound);
        var id = uuid(programmeId);
        if (!TOKEN.matcher(token).matches()) {
            throw notFound();
        }
        var email = progress.emailOfPersonalLink(tenant.id(), token).orElseThrow(ProgressPageController::notFound);
        var view = progress.of(tenant.id(), id, email).orElseThrow(ProgressPageController::notFound);
        model.addAttribute("branding", tenant.branding());
        model.addAttribute("progress", view);
        model.addAttribute("slug", slug);
        model.addAttribute("back", "/" + slug + "/anmeldung/" + token);
        model.addAttribute("certificate", certificates.issued(tenant.id(), id).get(email));
        model.addAttribute("download", "/" + slug + "/anmeldung/" + token + "/programm/" + id + "/bescheinigung.pdf");
        model.addAttribute("now", Instant.now());
        return "programmes/my-progress";
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw notFound();
        }
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
