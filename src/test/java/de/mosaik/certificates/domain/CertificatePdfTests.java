package de.mosaik.certificates.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import de.mosaik.identity.Tenants;
import de.mosaik.shared.pdf.PdfChecks;
import de.mosaik.shared.pdf.PdfRenderer;
import de.mosaik.shared.web.BaseUrl;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Certificates must be accessible (PDF/UA-1) and archivable (PDF/A), with names in any script
 * readable as text: checked with veraPDF on the real template, without starting the application.
 */
class CertificatePdfTests {

    private static final List<String> NAMES = List.of("Jürgen Weiß", "Ayşe Yıldız", "Олена Коваленко", "محمد الأحمد");

    private final CertificateDocument document = document();

    @Test
    void eventCertificatesWithNamesInFourScriptsAreAccessibleAndArchivable() {
        for (var language : List.of("de", "en")) {
            for (var name : NAMES) {
                var pdf = document.pdf(certificate(name, eventContent(name)), language);

                PdfChecks.assertPdfUaAndPdfA(pdf);
                var text = PdfChecks.text(pdf);
                assertThat(text).contains(name, "Interkulturelle Öffnung der Verwaltung", "MSK-7F3K-9QX2-HC4M");
                assertThat(text).contains(NAMES.subList(0, 3));
            }
        }
    }

    @Test
    void programmeCertificatesListTheirModulesInAnAccessibleTable() {
        var content = new CertificateContent(
                CertificateContent.Kind.PROGRAMME,
                "محمد الأحمد",
                "Fortbildung Kommunale Integrationsarbeit",
                "",
                List.of(),
                new BigDecimal("12.0"),
                null,
                List.of(),
                List.of(),
                "Kreis Düren",
                "kreis-dueren",
                "Dr. Katrin Vogel",
                "Leitung",
                "Düren",
                LocalDate.of(2026, 3, 20),
                List.of(
                        new CertificateContent.BuildingBlock(
                                "Grundlagen des Aufenthaltsrechts",
                                "Aufenthaltsrecht kompakt",
                                LocalDate.of(2026, 1, 12),
                                LocalDate.of(2026, 1, 12),
                                new BigDecimal("6.0")),
                        new CertificateContent.BuildingBlock(
                                "Interkulturelle Kompetenz",
                                "Vielfalt im Amt",
                                LocalDate.of(2026, 2, 2),
                                LocalDate.of(2026, 2, 3),
                                new BigDecimal("6.0"))));
        var pdf = document.pdf(certificate("محمد الأحمد", content), "de");

        PdfChecks.assertPdfUaAndPdfA(pdf);
        assertThat(PdfChecks.text(pdf))
                .contains("محمد الأحمد", "Interkulturelle Kompetenz", "Vielfalt im Amt", "Baustein");
    }

    private static CertificateContent eventContent(String holder) {
        return new CertificateContent(
                CertificateContent.Kind.EVENT,
                holder,
                "Interkulturelle Öffnung der Verwaltung",
                "Schulung",
                List.of(
                        new CertificateContent.Period(
                                Instant.parse("2026-03-02T08:00:00Z"), Instant.parse("2026-03-02T15:00:00Z")),
                        new CertificateContent.Period(
                                Instant.parse("2026-03-03T08:00:00Z"), Instant.parse("2026-03-03T12:00:00Z"))),
                new BigDecimal("11.0"),
                null,
                List.of("Antidiskriminierung", "Verwaltung"),
                NAMES.subList(0, 3),
                "Kreis Düren",
                "kreis-dueren",
                "Dr. Katrin Vogel",
                "Leitung des Kommunalen Integrationszentrums",
                "Düren",
                LocalDate.of(2026, 3, 5),
                List.of());
    }

    private static Certificate certificate(String holder, CertificateContent content) {
        return new Certificate(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "MSK-7F3K-9QX2-HC4M",
                content.kind(),
                null,
                null,
                holder,
                "person@example.org",
                "de",
                content,
                Instant.now(),
                "Test",
                null,
                null,
                null);
    }

    private static CertificateDocument document() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/certificates/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        var tenants = mock(Tenants.class);
        when(tenants.logo(anyString())).thenReturn(Optional.empty());
        var baseUrl = mock(BaseUrl.class);
        when(baseUrl.link(anyString())).thenAnswer(call -> "https://mosaik.example.org" + call.getArgument(0));
        return new CertificateDocument(
                TemplateEngine.createPrecompiled(ContentType.Html), messages, tenants, baseUrl, new PdfRenderer());
    }
}
