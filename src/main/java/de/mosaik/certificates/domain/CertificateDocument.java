package de.mosaik.certificates.domain;

import de.mosaik.identity.Tenants;
import de.mosaik.shared.i18n.UiLanguage;
import de.mosaik.shared.pdf.PdfRenderer;
import de.mosaik.shared.pdf.QrCodes;
import de.mosaik.shared.web.BaseUrl;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Renders a certificate's PDF from its stored content, in the certificate's language. */
@Component
public class CertificateDocument {

    private static final BigDecimal MINUTES_PER_TEACHING_UNIT = BigDecimal.valueOf(45);

    private final TemplateEngine templates;
    private final MessageSource messages;
    private final Tenants tenants;
    private final BaseUrl baseUrl;
    private final PdfRenderer renderer;

    CertificateDocument(
            TemplateEngine templates, MessageSource messages, Tenants tenants, BaseUrl baseUrl, PdfRenderer renderer) {
        this.templates = templates;
        this.messages = messages;
        this.tenants = tenants;
        this.baseUrl = baseUrl;
        this.renderer = renderer;
    }

    public static String verificationPath(String number) {
        return "/bescheinigungen/" + number;
    }

    /** The holder's download behind the personal link of their registration, whose secret only they have. */
    public static String personalDownloadPath(String slug, String token) {
        return "/" + slug + "/anmeldung/" + token + "/bescheinigung.pdf";
    }

    /** The PDF in the certificate's own language. */
    public byte[] pdf(Certificate certificate) {
        return pdf(certificate, certificate.locale());
    }

    /** The PDF in German or English, as staff choose. */
    public byte[] pdf(Certificate certificate, String language) {
        var texts = new PdfTexts(messages, UiLanguage.germanOrEnglish(language));
        var page = page(certificate.number(), certificate.content(), texts);
        var output = new StringOutput();
        templates.render("certificates/pdf/certificate.jte", Map.of("page", page), output);
        return renderer.render(output.toString());
    }

    public static String fileName(Certificate certificate) {
        return "bescheinigung-" + certificate.number() + ".pdf";
    }

    CertificatePage page(String number, CertificateContent content, PdfTexts texts) {
        var url = baseUrl.link(verificationPath(number));
        var programme = content.kind() == CertificateContent.Kind.PROGRAMME;
        var dates = content.sessions().stream()
                .map(p -> texts.t(
                        "certificates.pdf.session",
                        texts.date().format(p.startsAt()),
                        texts.time().format(p.startsAt()),
                        texts.time().format(p.endsAt())))
                .toList();
        var modules = content.modules().stream()
                .map(m -> new CertificatePage.BuildingBlockRow(
                        m.moduleTitle(),
                        m.eventTitle(),
                        m.firstDay().equals(m.lastDay())
                                ? texts.date().format(m.firstDay())
                                : texts.date().format(m.firstDay()) + " – "
                                        + texts.date().format(m.lastDay()),
                        texts.t("certificates.pdf.hoursValue", m.hours())))
                .toList();
        return new CertificatePage(
                texts,
                programme,
                number,
                content.holderName(),
                content.title(),
                content.format(),
                dates,
                scope(content, texts),
                content.topics(),
                content.speakers(),
                modules,
                content.tenantName(),
                logo(content.tenantSlug()),
                content.signerName(),
                content.signerRole(),
                content.place().isBlank()
                        ? texts.date().format(content.issuedOn())
                        : texts.t(
                                "certificates.pdf.placeAndDate",
                                content.place(),
                                texts.date().format(content.issuedOn())),
                url,
                QrCodes.pngDataUri(url));
    }

    private static String scope(CertificateContent content, PdfTexts texts) {
        var units = teachingUnits(content);
        return texts.t("certificates.pdf.scopeValue", content.hours(), units);
    }

    /** Unterrichtseinheiten as set for the event, else the hours counted in units of 45 minutes. */
    static BigDecimal teachingUnits(CertificateContent content) {
        if (content.teachingUnits() != null) {
            return content.teachingUnits().stripTrailingZeros();
        }
        return content.hours()
                .multiply(BigDecimal.valueOf(60))
                .divide(MINUTES_PER_TEACHING_UNIT, 1, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }

    /** The tenant's logo as an embedded image; WebP is left out, since the PDF renderer cannot read it. */
    private @Nullable String logo(String slug) {
        return tenants.logo(slug)
                .flatMap(logo -> PdfRenderer.embeddableImage(logo.contentType(), logo.bytes()))
                .orElse(null);
    }
}
