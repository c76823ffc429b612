package de.mosaik.reporting.web;

import de.mosaik.identity.Tenants;
import de.mosaik.shared.pdf.PdfRenderer;
import de.mosaik.shared.text.BerlinTime;
import de.mosaik.shared.web.BackOfficeTenant;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The printable report with the tenant's name and logo, as certificates and sign-in sheets have them. */
@Component
class ReportPdf {

    private final TemplateEngine templates;
    private final PdfRenderer renderer;
    private final Tenants tenants;
    private final MessageSource messages;

    ReportPdf(TemplateEngine templates, PdfRenderer renderer, Tenants tenants, MessageSource messages) {
        this.templates = templates;
        this.renderer = renderer;
        this.tenants = tenants;
        this.messages = messages;
    }

    byte[] render(ReportView view, BackOfficeTenant tenant, Locale locale) {
        var page = new ReportPdfPage(
                view,
                locale.getLanguage(),
                tenant.name(),
                logo(tenant.slug()),
                t("reporting.pdf.logoAlt", locale, tenant.name()),
                t("reporting.pdf.created", locale, BerlinTime.dateTime(Instant.now(), locale)),
                t("reporting.figures.persons", locale),
                t("reporting.figures.participations", locale),
                t("reporting.figures.hours", locale),
                t("reporting.figures.events", locale),
                t("reporting.rules.heading", locale),
                t("reporting.totals.heading", locale),
                t("reporting.section.empty", locale));
        var output = new StringOutput();
        templates.render("reporting/pdf/report.jte", Map.of("page", page), output);
        return renderer.render(output.toString());
    }

    /** The logo embedded in the document; WebP is left out, since the PDF renderer cannot read it. */
    private @Nullable String logo(String slug) {
        return tenants.logo(slug)
                .flatMap(logo -> PdfRenderer.embeddableImage(logo.contentType(), logo.bytes()))
                .orElse(null);
    }

    private String t(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
