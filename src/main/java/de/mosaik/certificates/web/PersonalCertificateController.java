package de.mosaik.certificates.web;

import de.mosaik.certificates.domain.CertificateDocument;
import de.mosaik.certificates.domain.CertificateService;
import de.mosaik.identity.TenantProfile;
import de.mosaik.identity.Tenants;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The participant's own certificate, behind the secret of their personal link; gone once revoked. */
@Controller
class PersonalCertificateController {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{20,64}");

    private final CertificateService certificateService;
    private final CertificateDocument document;
    private final Tenants tenants;

    PersonalCertificateController(
            CertificateService certificateService, CertificateDocument document, Tenants tenants) {
        this.certificateService = certificateService;
        this.document = document;
        this.tenants = tenants;
    }

    @GetMapping("/{slug}/anmeldung/{token}/bescheinigung.pdf")
    ResponseEntity<byte[]> download(@PathVariable String slug, @PathVariable String token) {
        if (!TOKEN.matcher(token).matches()) {
            return notFound();
        }
        var certificate = tenants.bySlug(slug)
                .filter(TenantProfile::active)
                .flatMap(t -> certificateService.forPersonalLink(t.id(), token));
        if (certificate.isEmpty()) {
            return notFound();
        }
        return Pdfs.attachment(document.pdf(certificate.get()), CertificateDocument.fileName(certificate.get()));
    }

    /** A programme certificate, reached from the progress page of any of the person's registrations. */
    @GetMapping("/{slug}/anmeldung/{token}/programm/{programmeId}/bescheinigung.pdf")
    ResponseEntity<byte[]> downloadProgramme(
            @PathVariable String slug, @PathVariable String token, @PathVariable String programmeId) {
        UUID programme;
        try {
            programme = UUID.fromString(programmeId);
        } catch (IllegalArgumentException e) {
            return notFound();
        }
        if (!TOKEN.matcher(token).matches()) {
            return notFound();
        }
        var certificate = tenants.bySlug(slug)
                .filter(TenantProfile::active)
                .flatMap(t -> certificateService.programmeCertificateForPersonalLink(t.id(), token, programme));
        if (certificate.isEmpty()) {
            return notFound();
        }
        return Pdfs.attachment(document.pdf(certificate.get()), CertificateDocument.fileName(certificate.get()));
    }

    private static ResponseEntity<byte[]> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}
