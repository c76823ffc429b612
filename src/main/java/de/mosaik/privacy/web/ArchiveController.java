package de.mosaik.privacy.web;

import de.mosaik.privacy.domain.ArchiveDecision;
import de.mosaik.privacy.domain.ArchiveOffer;
import de.mosaik.privacy.domain.ArchiveOfferService;
import de.mosaik.privacy.domain.ArchiveStaleVersion;
import de.mosaik.privacy.domain.RetentionSettingsService;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CurrentUser;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The archive offer for the tenant administrator: which events' registrations wait for the
 * archivist, the package to file, and the decision that lets the nightly job delete them.
 */
@Controller
@BackOfficePage
@PreAuthorize("hasRole('TENANT_ADMIN')")
class ArchiveController {

    static final String PAGE = "/datenschutz/archiv";
    private static final String BASE = "/verwaltung/{slug}" + PAGE;

    private final ArchiveOfferService offers;
    private final RetentionSettingsService settings;

    ArchiveController(ArchiveOfferService offers, RetentionSettingsService settings) {
        this.offers = offers;
        this.settings = settings;
    }

    @GetMapping(BASE)
    String list(BackOfficeTenant tenant, Model model) {
        model.addAttribute(
                "page",
                ArchivePage.of(
                        offers.all(tenant.id()),
                        settings.periodsOf(tenant.id()).archiveOffer(),
                        (String) model.getAttribute("problem"),
                        tenant.path(PAGE),
                        tenant.path(RetentionController.PAGE),
                        Instant.now()));
        return "privacy/archive/offers";
    }

    /** Once the registrations are deleted there is nothing left to package. */
    @GetMapping(BASE + "/{id}/paket")
    ResponseEntity<byte[]> download(BackOfficeTenant tenant, @PathVariable UUID id, Locale locale) {
        var offer = offer(tenant, id);
        if (offer.erasedAt() != null) {
            throw notFound();
        }
        var download = offers.download(tenant.id(), offer, locale);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(download.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(download.content());
    }

    @PostMapping(BASE + "/{id}")
    String decide(
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String decision,
            @RequestParam(defaultValue = "-1") int version,
            @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        offer(tenant, id);
        var chosen = Arrays.stream(ArchiveDecision.values())
                .filter(d -> d.name().equals(decision))
                .findFirst();
        if (chosen.isEmpty()) {
            redirect.addFlashAttribute("problem", "retention.archive.noDecision");
        } else {
            try {
                offers.decide(tenant.id(), id, chosen.get(), user.displayName(), version);
                redirect.addFlashAttribute("notice", "retention.archive.decided");
            } catch (ArchiveStaleVersion stale) {
                redirect.addFlashAttribute("problem", "retention.archive.conflict");
            }
        }
        return "redirect:" + tenant.path(PAGE);
    }

    private ArchiveOffer offer(BackOfficeTenant tenant, UUID id) {
        return offers.find(tenant.id(), id).orElseThrow(ArchiveController::notFound);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
