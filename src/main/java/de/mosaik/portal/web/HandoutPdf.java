package de.mosaik.portal.web;

import de.mosaik.identity.TenantProfile;
import de.mosaik.identity.Tenants;
import de.mosaik.portal.PortalTexts;
import de.mosaik.portal.domain.PublicOffer;
import de.mosaik.shared.i18n.UiLanguage;
import de.mosaik.shared.pdf.PdfRenderer;
import de.mosaik.shared.pdf.QrCodes;
import de.mosaik.shared.text.BerlinTime;
import de.mosaik.shared.translation.ShownText;
import de.mosaik.shared.web.BaseUrl;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The printable handout of a public page or offer (for counters and schools): the same published texts as the
 * web page in the reader's language, as an accessible PDF (tagged, with title and language, right to left for
 * Arabic) that says where the current version is online.
 */
@Component
class HandoutPdf {

    private final TemplateEngine templates;
    private final PdfRenderer renderer;
    private final Tenants tenants;
    private final MessageSource messages;
    private final BaseUrl baseUrl;

    HandoutPdf(
            TemplateEngine templates, PdfRenderer renderer, Tenants tenants, MessageSource messages, BaseUrl baseUrl) {
        this.templates = templates;
        this.renderer = renderer;
        this.tenants = tenants;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    byte[] page(TenantProfile tenant, ShownPage page, UiLanguage language, String webPath) {
        var frame = frame(tenant, page.title(), language, webPath);
        var body = HandoutLinks.writtenOut(page.bodyHtml(), baseUrl::link);
        return render("portal/handout/page.jte", Map.of("frame", frame, "page", page, "bodyHtml", body));
    }

    byte[] offer(TenantProfile tenant, PublicOffer offer, UiLanguage language, String webPath) {
        var frame = frame(tenant, offer.texts().get(PortalTexts.TITLE), language, webPath);
        var body = HandoutLinks.writtenOut(offer.bodyHtml(), baseUrl::link);
        return render("portal/handout/offer.jte", Map.of("frame", frame, "offer", offer, "bodyHtml", body));
    }

    private HandoutFrame frame(TenantProfile tenant, ShownText title, UiLanguage language, String webPath) {
        var site = baseUrl.link("");
        var url = HandoutFrame.online(site, language, webPath);
        return new HandoutFrame(
                language,
                title,
                tenant,
                logo(tenant),
                url,
                QrCodes.pngDataUri(url),
                BerlinTime.date(Instant.now(), language.locale()),
                site,
                messages);
    }

    private byte[] render(String template, Map<String, Object> parameters) {
        var output = new StringOutput();
        templates.render(template, parameters, output);
        return renderer.render(ArabicMarks.strip(output.toString()));
    }

    /** The logo embedded in the document; WebP is left out, since the PDF renderer cannot read it. */
    private @Nullable String logo(TenantProfile tenant) {
        if (!tenant.hasLogo()) {
            return null;
        }
        return tenants.logo(tenant.slug())
                .flatMap(logo -> PdfRenderer.embeddableImage(logo.contentType(), logo.bytes()))
                .orElse(null);
    }
}
