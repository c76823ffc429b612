package de.mosaik.selfservice.web;

import de.mosaik.identity.TenantProfile;
import de.mosaik.identity.Tenants;
import de.mosaik.privacy.OwnDataExport;
import de.mosaik.shared.text.BerlinTime;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
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
 * The person's own copy of everything stored about them (Art. 15 DSGVO), from the overview. A GET
 * is enough: the session was let in by the button behind the magic link, and a download changes
 * nothing.
 */
@Controller
class OwnDataDownloadController {

    static final String JSON = "/{slug}/meine-daten/auskunft.json";
    static final String PDF = "/{slug}/meine-daten/auskunft.pdf";

    private final Tenants tenants;
    private final OwnDataExport export;
    private final MessageSource messages;

    OwnDataDownloadController(Tenants tenants, OwnDataExport export, MessageSource messages) {
        this.tenants = tenants;
        this.export = export;
        this.messages = messages;
    }

    @GetMapping(JSON)
    ResponseEntity<byte[]> json(@PathVariable String slug, HttpServletRequest request, Locale locale) {
        var tenant = tenant(slug);
        var grant = grant(request, tenant);
        var bytes = export.json(tenant.id(), tenant.name(), grant.emailNormalized());
        return file(bytes, new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8), "json", locale);
    }

    @GetMapping(PDF)
    ResponseEntity<byte[]> pdf(@PathVariable String slug, HttpServletRequest request, Locale locale) {
        var tenant = tenant(slug);
        var grant = grant(request, tenant);
        var bytes = export.pdf(tenant.id(), tenant.name(), grant.emailNormalized(), locale);
        return file(bytes, MediaType.APPLICATION_PDF, "pdf", locale);
    }

    private TenantProfile tenant(String slug) {
        return tenants.bySlug(slug)
                .filter(TenantProfile::active)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** Without a valid grant there is nothing to download; the overview leads back to the link form. */
    private static RecordGrant grant(HttpServletRequest request, TenantProfile tenant) {
        return RecordGrant.current(request, tenant.id())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
    }

    private ResponseEntity<byte[]> file(byte[] bytes, MediaType type, String extension, Locale locale) {
        var name = messages.getMessage("selfservice.export.fileName", null, locale) + "-"
                + LocalDate.now(BerlinTime.ZONE) + "." + extension;
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("Referrer-Policy", "no-referrer")
                .header("X-Robots-Tag", "noindex, nofollow")
                .cacheControl(CacheControl.noStore())
                .body(bytes);
    }
}
