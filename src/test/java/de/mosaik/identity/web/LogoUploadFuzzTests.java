package de.mosaik.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import de.mosaik.shared.pdf.PdfRenderer;
import java.util.Arrays;
import java.util.List;

/**
 * Fuzzes the tenant logo upload, the only file upload of Mosaik: the check of type and first
 * bytes, the decoding and re-encoding, and then what happens to an accepted logo, which certificates and reports embed into
 * their PDFs. The check answers yes or no and never throws; a logo it accepts never breaks a
 * document.
 *
 * <p>The first input byte chooses the content type the browser claims, the rest is the file.
 * Without {@code JAZZER_FUZZ} only the seeds in {@code LogoUploadFuzzTestsInputs} run.
 */
class LogoUploadFuzzTests {

    /** What browsers send as the part's type, the accepted ones first; null when the part has none. */
    private static final List<String> CLAIMED_TYPES = Arrays.asList(
            "image/png",
            "image/jpeg",
            "image/webp",
            "image/svg+xml",
            "image/gif",
            "image/png; charset=utf-8",
            "IMAGE/PNG",
            "application/octet-stream",
            "",
            null);

    private static final PdfRenderer PDF = new PdfRenderer();

    @FuzzTest(maxDuration = "60s")
    void anUploadIsAcceptedOrRefusedAndAnAcceptedLogoRenders(byte[] input) {
        if (input.length == 0) {
            return;
        }
        var type = CLAIMED_TYPES.get((input[0] & 0xFF) % CLAIMED_TYPES.size());
        var file = Arrays.copyOfRange(input, 1, input.length);

        var outcome = LogoImage.normalize(file, type);
        if (outcome.png() == null) {
            assertThat(outcome.refusal()).isIn(LogoImage.INVALID, LogoImage.TOO_LARGE);
            return;
        }

        assertThat(type).isIn("image/png", "image/jpeg", "image/webp");
        assertThat(ImageSignature.acceptableLogo(outcome.png(), "image/png")).isTrue();
        PdfRenderer.embeddableImage("image/png", outcome.png()).ifPresent(image -> {
            var pdf = PDF.render(document(image));
            assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        });
    }

    /** The smallest page that shows a logo as the documents do. */
    private static String document(String image) {
        return """
                <html lang="de"><head><title>Logo</title>
                <style>body { font-family: 'DejaVu Sans'; } img { max-height: 2cm; }</style></head>
                <body><img src="%s" alt="Logo"/></body></html>
                """.formatted(image);
    }
}
