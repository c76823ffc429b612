package de.mosaik.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import de.mosaik.IntegrationTest;
import de.mosaik.MockLogin;
import de.mosaik.demo.DemoAccounts;
import de.mosaik.shared.pdf.PdfChecks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;

/** The period report claims PDF/UA-1 and PDF/A-3u like the certificates; veraPDF checks that it is. */
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
        var response = mvc.perform(get("/verwaltung/kreis-dueren/berichte/bericht.pdf")
                        .param("von", "2025-01-01")
                        .param("bis", "2026-12-31")
                        .param("stichtag", "2027-01-31")
                        .param("basis", "ATTENDED")
                        .param("gliederung", DIMENSIONS)
                        .session(session))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        var pdf = response.getContentAsByteArray();

        PdfChecks.assertPdfUaAndPdfA(pdf);
        assertThat(PdfChecks.text(pdf)).contains("Kreis Düren");
    }
}
