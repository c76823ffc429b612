package de.mosaik.portal.web;

import de.mosaik.identity.TenantProfile;
import de.mosaik.identity.Tenants;
import de.mosaik.portal.domain.PublicContentService;
import de.mosaik.shared.i18n.UiLanguage;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Printable handouts of public pages and offers, in the language the reader chose ({@code ?lang=}). Only
 * published content; an unknown or unpublished one is the usual "not found" page.
 */
@Controller
class HandoutController {

    static final String FILE = "/handzettel.pdf";

    private final Tenants tenants;
    private final PortalReader reader;
    private final PublicContentService reading;
    private final HandoutPdf handouts;

    HandoutController(Tenants tenants, PortalReader reader, PublicContentService reading, HandoutPdf handouts) {
        this.tenants = tenants;
        this.reader = reader;
        this.reading = reading;
        this.handouts = handouts;
    }

    @GetMapping("/{slug}/seiten/{pageSlug}" + FILE)
    ResponseEntity<byte[]> page(@PathVariable String slug, @PathVariable String pageSlug, Locale locale) {
        var tenant = tenant(slug);
        var language = UiLanguage.of(locale);
        var page = reader.page(tenant.id(), slug, pageSlug, PublicContentController.language(locale))
                .orElseThrow(HandoutController::notFound);
        var pdf = handouts.page(tenant, page, language, ContentRoutes.publicPage(slug, pageSlug));
        return inline(pdf, pageSlug, language);
    }

    @GetMapping("/{slug}/angebote/{offerSlug}" + FILE)
    ResponseEntity<byte[]> offer(@PathVariable String slug, @PathVariable String offerSlug, Locale locale) {
        var tenant = tenant(slug);
        var language = UiLanguage.of(locale);
        var offer = reading.offer(tenant.id(), offerSlug, language).orElseThrow(HandoutController::notFound);
        var pdf = handouts.offer(tenant, offer, language, offer.offer().path(slug));
        return inline(pdf, offerSlug, language);
    }

    /** Shown in the browser's PDF viewer, from which it is printed; saved, it is named after content and language. */
    private static ResponseEntity<byte[]> inline(byte[] pdf, String contentSlug, UiLanguage language) {
        var name = "handzettel-" + contentSlug + "-" + language.code() + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(name).build().toString())
                .body(pdf);
    }

    private TenantProfile tenant(String slug) {
        return tenants.bySlug(slug).filter(TenantProfile::active).orElseThrow(HandoutController::notFound);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
