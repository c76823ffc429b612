package de.mosaik.shared.pdf;

import io.nayuki.qrcodegen.QrCode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import javax.imageio.ImageIO;

/** QR codes as PNG images to embed in a PDF page (the renderer reads {@code data:} URIs). */
public final class QrCodes {

    private static final int SCALE = 8;
    private static final int BORDER = 4;

    private QrCodes() {}

    /** A PNG of the QR code for {@code text}, as a {@code data:image/png;base64,…} URI. */
    public static String pngDataUri(String text) {
        var qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int size = (qr.size + BORDER * 2) * SCALE;
        // RGB without alpha: the PDF stays free of transparency groups.
        var image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                boolean dark = qr.getModule(x / SCALE - BORDER, y / SCALE - BORDER);
                image.setRGB(x, y, dark ? 0x000000 : 0xFFFFFF);
            }
        }
        try (var out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
