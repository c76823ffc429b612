package de.mosaik.shared.pdf;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/**
 * Turns an XHTML page into a PDF that is accessible (PDF/UA-1: tagged, with title, language and
 * alternative texts taken from the markup) and archivable (PDF/A-3u: embedded fonts, sRGB output
 * intent). Public bodies must publish accessible documents, and certificates are kept for years.
 *
 * <p>The page takes its title from {@code <title>} and its language from {@code <html lang>}.
 * It must use the font family {@link #FONT_FAMILY} only, since PDF/A forbids fonts that are not
 * embedded; DejaVu Sans covers Latin (incl. Turkish), Cyrillic and Arabic.
 */
@Component
public class PdfRenderer {

    public static final String FONT_FAMILY = "DejaVu Sans";

    /** The JDK's own sRGB profile: PDF/A needs an output intent, and PDFBox ships none. */
    private static final byte[] SRGB =
            ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    static {
        XRLog.setLoggerImpl(new PdfRendererLog());
    }

    public byte[] render(String xhtml) {
        try (var out = new ByteArrayOutputStream()) {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U);
            builder.useColorProfile(SRGB);
            builder.useFont(() -> font("DejaVuSans.ttf"), FONT_FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(
                    () -> font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            // Names in Arabic script are split into runs, reordered and shaped (joined letter forms) by ICU.
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
            builder.defaultTextDirection(BaseRendererBuilder.TextDirection.LTR);
            builder.withProducer("Mosaik");
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render PDF", e);
        }
    }

    private static InputStream font(String file) {
        var stream = PdfRenderer.class.getResourceAsStream("/fonts/dejavu/" + file);
        if (stream == null) {
            throw new IllegalStateException("Font missing from the classpath: " + file);
        }
        return stream;
    }

    /**
     * An image as a data URI to embed in a document, when the renderer can read its type (PNG, JPEG);
     * empty otherwise (e.g. WebP), so the document goes without it.
     */
    public static java.util.Optional<String> embeddableImage(String contentType, byte[] bytes) {
        return java.util.List.of("image/png", "image/jpeg").contains(contentType)
                ? java.util.Optional.of("data:" + contentType + ";base64,"
                        + java.util.Base64.getEncoder().encodeToString(bytes))
                : java.util.Optional.empty();
    }
}
