package de.mosaik.benchmark;

import de.mosaik.Fixtures;
import de.mosaik.IntegrationTest;
import de.mosaik.certificates.CertificateScenario;
import de.mosaik.certificates.domain.CertificateDocument;
import de.mosaik.certificates.domain.CertificateService;
import de.mosaik.certificates.domain.Issuer;
import de.mosaik.identity.IdentitySetup;
import de.mosaik.shared.pdf.PdfRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The certificate figures of docs/performance.md: rendering one accessible, archivable certificate
 * against a one-line document through the same renderer (the baseline), and issuing a Fachtag's
 * certificates in bulk. Run with {@code ./mvnw -Pbenchmark verify}; results go to
 * {@code target/benchmark/certificates.md}.
 */
@Tag("benchmark")
@TestPropertySource(properties = "logging.level.root=ERROR")
class CertificateBenchmarkTests extends IntegrationTest {

    private static final int PARTICIPANTS = 120;
    private static final int RENDERS = 100;
    private static final String ONE_LINE = """
            <html lang="de"><head><title>Test</title></head>
            <body><p>Eine Zeile.</p></body></html>
            """;

    @Autowired
    IdentitySetup identity;

    @Autowired
    PdfRenderer renderer;

    @Autowired
    CertificateService desk;

    @Autowired
    CertificateDocument document;

    @Test
    void renderingAndBulkIssuing() throws IOException {
        var tenant = new Fixtures(jdbc, identity).newTenant();
        var scenario = new CertificateScenario(jdbc, tenant.id(), "Fachtag Rassismus gegen Sinti*zze und Rom*nja");
        for (int i = 0; i < PARTICIPANTS; i++) {
            var person = scenario.participant("Person" + i, i % 2 == 0 ? "Yıldız" : "الأحمد", "de");
            scenario.attended(person, scenario.longSession);
            scenario.attended(person, scenario.shortSession);
        }

        // The baseline first, so that the bulk issue does not pay for warming up the renderer.
        double baseline = meanMillis(() -> renderer.render(ONE_LINE));
        long start = System.nanoTime();
        int issued = desk.issueAllEligible(tenant.id(), scenario.eventId, new Issuer(null, "Benchmark"));
        double bulkMillis = (System.nanoTime() - start) / 1e6;

        var certificateId = jdbc.sql("select id from certificates.certificate where event_id = ? limit 1")
                .param(scenario.eventId)
                .query(UUID.class)
                .single();
        var certificate = desk.find(tenant.id(), certificateId).orElseThrow();
        double oneCertificate = meanMillis(() -> document.pdf(certificate));

        var text = """
                # Certificate benchmark

                Machine: %d cores, Java %s

                | measurement | mean ms | ratio to the one-line document |
                |---|---|---|
                | one-line document, PDF/UA-1 + PDF/A-3u (baseline, %d renders) | %.1f | 1.0 |
                | one certificate with QR code (%d renders) | %.1f | %.1f |
                | bulk issue of %d certificates incl. PDFs for the mails, per certificate | %.1f | %.1f |

                Bulk issue of %d certificates: %.1f s in one transaction.
                """.formatted(
                        Runtime.getRuntime().availableProcessors(),
                        System.getProperty("java.version"),
                        RENDERS,
                        baseline,
                        RENDERS,
                        oneCertificate,
                        oneCertificate / baseline,
                        issued,
                        bulkMillis / issued,
                        bulkMillis / issued / baseline,
                        issued,
                        bulkMillis / 1000);
        System.out.println(text);
        var file = Path.of("target/benchmark/certificates.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** Mean time of {@link #RENDERS} calls after as many warm-up calls. */
    private static double meanMillis(Supplier<byte[]> render) {
        for (int i = 0; i < RENDERS; i++) {
            render.get();
        }
        long start = System.nanoTime();
        for (int i = 0; i < RENDERS; i++) {
            render.get();
        }
        return (System.nanoTime() - start) / 1e6 / RENDERS;
    }
}
