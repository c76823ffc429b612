package de.mosaik.certificates.web;

import de.mosaik.certificates.domain.CertificateDocument;
import de.mosaik.certificates.domain.CertificateNumbers;
import de.mosaik.certificates.domain.CertificateService;
import de.mosaik.identity.Tenants;
import de.mosaik.shared.RateLimiter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public check of a certificate by its number (typed in, or the QR code's address): valid or
 * revoked, for which event and when, issued by whom to whom — nothing else, since anyone may ask.
 * Limited per client so that nobody can walk through numbers.
 */
@Controller
class VerificationController {

    static final String FORM = "/bescheinigungen/pruefen";
    static final Duration WINDOW = Duration.ofMinutes(10);

    private final CertificateService certificateService;
    private final Tenants tenants;
    private final RateLimiter limiter;
    private final int perWindow;

    VerificationController(
            CertificateService certificateService,
            Tenants tenants,
            RateLimiter limiter,
            @Value("${mosaik.security.certificate-verification-rate-limit:60}") int perWindow) {
        this.certificateService = certificateService;
        this.tenants = tenants;
        this.limiter = limiter;
        this.perWindow = perWindow;
    }

    /** The form; submitting it (GET, it changes nothing) leads to the number's page. */
    @GetMapping(FORM)
    String form(@RequestParam(name = "nummer", required = false) @Nullable String typed, Model model) {
        if (typed != null && !typed.isBlank()) {
            var number = CertificateNumbers.normalise(typed);
            if (number != null) {
                return "redirect:" + CertificateDocument.verificationPath(number) + languageSuffix(model);
            }
            model.addAttribute("form", new VerificationForm(typed.strip(), true));
            return "certificates/verification/form";
        }
        model.addAttribute("form", new VerificationForm("", false));
        return "certificates/verification/form";
    }

    @GetMapping("/bescheinigungen/{number}")
    String result(@PathVariable String number, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        if (perWindow > 0
                && !limiter.tryAcquire("certificate-verification", request.getRemoteAddr(), perWindow, WINDOW)) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader("Retry-After", String.valueOf(WINDOW.toSeconds()));
            model.addAttribute("form", new VerificationForm("", false));
            model.addAttribute("tooMany", true);
            return "certificates/verification/form";
        }
        var certificate = certificateService.verify(number);
        if (certificate.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("form", new VerificationForm(number, false));
            model.addAttribute("unknown", true);
            return "certificates/verification/form";
        }
        var c = certificate.get();
        model.addAttribute(
                "branding", tenants.byId(c.tenantId()).map(t -> t.branding()).orElse(null));
        model.addAttribute("verified", VerifiedCertificate.of(c));
        return "certificates/verification/result";
    }

    private static String languageSuffix(Model model) {
        var ctx = model.getAttribute("ctx");
        if (ctx instanceof de.mosaik.shared.web.PageContext page
                && !page.language().code().equals("de")) {
            return "?lang=" + page.language().code();
        }
        return "";
    }
}
