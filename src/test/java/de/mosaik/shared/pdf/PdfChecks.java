package de.mosaik.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;

/** Checks a PDF with veraPDF (PDF/UA-1 and PDF/A-3u) and reads its text, for tests of any document. */
public final class PdfChecks {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfChecks() {}

    public static void assertCompliant(byte[] pdf, PDFAFlavour flavour) {
        try (var parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
            var validator = Foundries.defaultInstance().createValidator(flavour, false);
            var result = validator.validate(parser);
            var failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage()
                            + " @ " + a.getLocation().getContext())
                    .distinct()
                    .collect(Collectors.joining("\n"));
            assertThat(result.isCompliant())
                    .as(flavour + " failures:\n" + failures)
                    .isTrue();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    public static void assertPdfUaAndPdfA(byte[] pdf) {
        assertCompliant(pdf, PDFAFlavour.PDFUA_1);
        assertCompliant(pdf, PDFAFlavour.PDFA_3_U);
    }

    public static String text(byte[] pdf) {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
