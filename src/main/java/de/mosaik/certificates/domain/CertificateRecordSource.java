package de.mosaik.certificates.domain;

import de.mosaik.identity.Tenants;
import de.mosaik.shared.text.BerlinTime;
import de.mosaik.shared.web.PageContext;
import de.mosaik.shared.web.PersonalRecordSource;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A person's certificates in their own record: valid ones with a download link, revoked ones
 * marked as such (without the reason, which was written for staff).
 */
@Component
class CertificateRecordSource implements PersonalRecordSource {

    private final CertificateService certificateService;
    private final Tenants tenants;

    CertificateRecordSource(CertificateService certificateService, Tenants tenants) {
        this.certificateService = certificateService;
        this.tenants = tenants;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Optional<Section> section(UUID tenantId, String emailNormalized, PageContext ctx) {
        var certificates = certificateService.ofHolder(tenantId, emailNormalized);
        var slug = tenants.byId(tenantId).map(t -> t.slug()).orElse(null);
        if (certificates.isEmpty() || slug == null) {
            return Optional.empty();
        }
        var date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(ctx.locale())
                .withZone(BerlinTime.ZONE);
        var entries = new ArrayList<Entry>();
        for (var c : certificates) {
            var details = new ArrayList<String>();
            details.add(ctx.t("verification.record.number", c.number()));
            details.add(ctx.t("verification.record.issued", date.format(c.issuedAt())));
            var token = certificateService.personalLinkToken(c);
            if (c.revoked()) {
                details.add(ctx.t("verification.record.revoked", date.format(c.revokedAt())));
                entries.add(new Entry(c.content().title(), details, null, null));
            } else if (token.isPresent()) {
                entries.add(new Entry(
                        c.content().title(),
                        details,
                        ctx.href(CertificateDocument.personalDownloadPath(slug, token.get())),
                        ctx.t("verification.record.download")));
            } else {
                // a programme certificate has no personal link; its verification page shows it is valid
                entries.add(new Entry(
                        c.content().title(),
                        details,
                        ctx.href(CertificateDocument.verificationPath(c.number())),
                        ctx.t("verification.record.verify")));
            }
        }
        return Optional.of(new Section(ctx.t("verification.record.heading"), entries));
    }
}
