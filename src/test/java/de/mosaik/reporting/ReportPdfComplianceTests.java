package de.mosaik.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import de.mosaik.IntegrationTest;
import de.mosaik.MockLogin;
import de.mosaik.demo.DemoAccounts;
import de.mosaik.shared.pdf.PdfChecks;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;

/**
 * The period report claims PDF/UA-1 and PDF/A-3u like the certificates; veraPDF checks that it is,
 * and the renderer has nothing to warn about (it warns, for instance, when the document has no
 * description, which PDF/UA asks for).
 */
class ReportPdfComplianceTests extends IntegrationTest {

    /** Every breakdown at once, so that every kind of table the report can hold is checked. */
    private static final String[] DIMENSIONS =
            java.util.Arrays.stream(ReportDimension.values()).map(Enum::name).toArray(String[]::new);

    @Autowired
    WebApplicationContext context;

    @Test
    void theReportPdfOfTheDemoYearIsPdfUaAndPdfA() throws Exception {
        var mvc = MockLogin.mvc(context);
        var session = MockLogin.login(mvc, "leitung@kreis-dueren.demo", DemoAccounts.PASSWORD);
        var renderer = (Logger) LoggerFactory.getLogger("com.openhtmltopdf");
        var warnings = new ListAppender<ILoggingEvent>();
        warnings.start();
        renderer.addAppender(warnings);
        org.springframework.mock.web.MockHttpServletResponse response;
        try {
            response = mvc.perform(get("/verwaltung/kreis-dueren/berichte/bericht.pdf")
                            .param("von", "2025-01-01")
                            .param("bis", "2026-12-31")
                            .param("stichtag", "2027-01-31")
                            .param("basis", "ATTENDED")
                            .param("gliederung", DIMENSIONS)
                            .session(session))
                    .andReturn()
                    .getResponse();
        } finally {
            renderer.detachAppender(warnings);
        }
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(warnings.list)
                .filteredOn(event -> event.getLevel().isGreaterOrEqual(Level.WARN))
                .extracting(ILoggingEvent::getFormattedMessage)
                .isEmpty();
        var pdf = response.getContentAsByteArray();

        PdfChecks.assertPdfUaAndPdfA(pdf);
        assertThat(PdfChecks.text(pdf)).contains("Kreis Düren");
    }
}
