package de.mosaik.attendance.domain;

import io.nayuki.qrcodegen.QrCode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Draws an address as a QR code: SVG for pages (sharp at any size), PNG for mails. */
final class CheckInQrCodes {

    /** The quiet zone the standard asks for, in modules. */
    private static final int BORDER = 4;

    private CheckInQrCodes() {}

    static String svg(String text) {
        var qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int size = qr.size + BORDER * 2;
        var path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M')
                            .append(x + BORDER)
                            .append(',')
                            .append(y + BORDER)
                            .append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" viewBox=\"0 0 " + size + " " + size
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#FFFFFF\"/>"
                + "<path d=\"" + path + "\" fill=\"#000000\"/></svg>";
    }

    static byte[] png(String text, int scale) {
        var qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int size = (qr.size + BORDER * 2) * scale;
        var image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                boolean dark = qr.getModule(x / scale - BORDER, y / scale - BORDER);
                image.setRGB(x, y, dark ? 0x000000 : 0xFFFFFF);
            }
        }
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
