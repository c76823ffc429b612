package de.mosaik.certificates.web;

import de.mosaik.certificates.domain.CertificateDocument;
import de.mosaik.certificates.domain.CertificateService;
import de.mosaik.certificates.domain.Issuer;
import de.mosaik.shared.EmailAddress;
import de.mosaik.shared.privacy.PersonalDataAccessLog;
import de.mosaik.shared.privacy.PersonalDataAccessLog.AccessKind;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CreatesOrSends;
import de.mosaik.shared.web.CurrentUser;
import de.mosaik.shared.web.FormErrors;
import de.mosaik.shared.web.MultiLine;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An event's certificates for staff: the rule, who attended enough, issuing to all eligible
 * participants or to one person, downloading and revoking.
 */
@Controller
@BackOfficePage
@PreAuthorize("hasAnyRole('TENANT_ADMIN','STAFF')")
class CertificatesController {

    static final String BASE = "/verwaltung/{slug}/veranstaltungen/{id}/bescheinigungen";
    private static final int MAX_REASON = 1000;

    private final CertificateService certificateService;
    private final CertificateDocument document;
    private final PersonalDataAccessLog accessLog;

    CertificatesController(
            CertificateService certificateService, CertificateDocument document, PersonalDataAccessLog accessLog) {
        this.certificateService = certificateService;
        this.document = document;
        this.accessLog = accessLog;
    }

    @GetMapping(BASE)
    String show(BackOfficeTenant tenant, @PathVariable UUID id, Model model) {
        var overview = certificateService.overview(tenant.id(), id).orElseThrow(CertificatesController::notFound);
        accessLog.record(tenant.id(), AccessKind.VIEW, "certificates.list", overview.title(), null);
        model.addAttribute(
                "page",
                new CertificatesView(
                        overview,
                        RuleForm.of(overview.rule()),
                        FormErrors.none(),
                        (String) model.getAttribute("problem"),
                        certificateService.sessions(tenant.id(), id)));
        return "certificates/staff/certificates";
    }

    @PostMapping(BASE + "/regel")
    String saveRule(
            BackOfficeTenant tenant, @PathVariable UUID id, RuleForm form, Model model, RedirectAttributes redirect) {
        var overview = certificateService.overview(tenant.id(), id).orElseThrow(CertificatesController::notFound);
        var result = new BeanPropertyBindingResult(form, "rule");
        var rule = form.validate(id, result);
        if (rule == null) {
            model.addAttribute(
                    "page",
                    new CertificatesView(
                            overview,
                            form,
                            new FormErrors(result),
                            null,
                            certificateService.sessions(tenant.id(), id)));
            return "certificates/staff/certificates";
        }
        switch (certificateService.saveRule(tenant.id(), rule, form.tenantDefault())) {
            case DONE -> redirect.addFlashAttribute("notice", "certificates.rule.saved");
            case CONFLICT -> redirect.addFlashAttribute("problem", "certificates.rule.conflict");
            default -> throw notFound();
        }
        return "redirect:" + base(tenant, id);
    }

    @CreatesOrSends
    @PostMapping(BASE + "/ausstellen")
    String issueAll(
            @AuthenticationPrincipal CurrentUser user,
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            RedirectAttributes redirect) {
        certificateService.overview(tenant.id(), id).orElseThrow(CertificatesController::notFound);
        int issued = certificateService.issueAllEligible(tenant.id(), id, issuer(user));
        if (issued < 0) {
            redirect.addFlashAttribute("problem", "certificates.issue.notEnded");
        } else {
            redirect.addFlashAttribute("issued", issued);
        }
        return "redirect:" + base(tenant, id);
    }

    @CreatesOrSends
    @PostMapping(BASE + "/teilnehmende/{registrationId}/ausstellen")
    String issueOne(
            @AuthenticationPrincipal CurrentUser user,
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @PathVariable UUID registrationId,
            @RequestParam(name = "trotzdem", defaultValue = "false") boolean evenIfNotEligible,
            RedirectAttributes redirect) {
        switch (certificateService.issueOne(tenant.id(), id, registrationId, evenIfNotEligible, issuer(user))) {
            case DONE -> redirect.addFlashAttribute("notice", "certificates.issue.one.done");
            case ALREADY_ISSUED -> redirect.addFlashAttribute("problem", "certificates.issue.one.already");
            case NOT_ELIGIBLE -> redirect.addFlashAttribute("problem", "certificates.issue.one.confirmNeeded");
            case NOT_ENDED -> redirect.addFlashAttribute("problem", "certificates.issue.one.notEnded");
            default -> throw notFound();
        }
        return "redirect:" + base(tenant, id);
    }

    @GetMapping(BASE + "/{certificateId}/bescheinigung.pdf")
    ResponseEntity<byte[]> download(
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @PathVariable UUID certificateId,
            @RequestParam(name = "sprache", required = false) @Nullable String language) {
        var certificate = certificateService
                .find(tenant.id(), certificateId)
                .filter(c -> id.equals(c.eventId()))
                .orElseThrow(CertificatesController::notFound);
        accessLog.record(
                tenant.id(),
                AccessKind.EXPORT,
                "certificates.download",
                certificate.content().title(),
                EmailAddress.normalize(certificate.holderEmail()));
        var pdf = language == null || !(language.equals("de") || language.equals("en"))
                ? document.pdf(certificate)
                : document.pdf(certificate, language);
        return Pdfs.attachment(pdf, CertificateDocument.fileName(certificate));
    }

    @GetMapping(BASE + "/{certificateId}/widerrufen")
    String revokeForm(BackOfficeTenant tenant, @PathVariable UUID id, @PathVariable UUID certificateId, Model model) {
        var certificate = certificateService
                .find(tenant.id(), certificateId)
                .filter(c -> id.equals(c.eventId()) && !c.revoked())
                .orElseThrow(CertificatesController::notFound);
        model.addAttribute("page", new RevokeView(certificate, "", FormErrors.none()));
        return "certificates/staff/revoke";
    }

    @PostMapping(BASE + "/{certificateId}/widerrufen")
    String revoke(
            @AuthenticationPrincipal CurrentUser user,
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @PathVariable UUID certificateId,
            @RequestParam(defaultValue = "") @MultiLine String reason,
            Model model,
            RedirectAttributes redirect) {
        var certificate = certificateService
                .find(tenant.id(), certificateId)
                .filter(c -> id.equals(c.eventId()))
                .orElseThrow(CertificatesController::notFound);
        if (certificate.revoked()) {
            redirect.addFlashAttribute("problem", "certificates.revoke.already");
            return "redirect:" + base(tenant, id);
        }
        var form = new RevokeView.Form(reason.strip());
        var result = new BeanPropertyBindingResult(form, "revoke");
        if (form.reason().isEmpty()) {
            result.rejectValue("reason", "certificates.revoke.reason.required");
        } else if (form.reason().length() > MAX_REASON) {
            result.rejectValue("reason", "certificates.revoke.reason.tooLong");
        }
        if (result.hasErrors()) {
            model.addAttribute("page", new RevokeView(certificate, form.reason(), new FormErrors(result)));
            return "certificates/staff/revoke";
        }
        switch (certificateService.revoke(tenant.id(), certificateId, form.reason(), issuer(user))) {
            case DONE -> redirect.addFlashAttribute("notice", "certificates.revoke.done");
            default -> redirect.addFlashAttribute("problem", "certificates.revoke.already");
        }
        return "redirect:" + base(tenant, id);
    }

    static String base(BackOfficeTenant tenant, UUID eventId) {
        return tenant.path("/veranstaltungen/" + eventId + "/bescheinigungen");
    }

    private static Issuer issuer(CurrentUser user) {
        return new Issuer(user.accountId(), user.displayName());
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
