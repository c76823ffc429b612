package de.mosaik.attendance;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A participant's personal check-in pass: the address a trainer's phone opens when scanning it, and
 * the QR code of that address as SVG and PNG (for mails, which rarely show SVG).
 */
public record CheckInPass(String url, String svg, byte[] png) {

    /** The SVG as a data address for an {@code img} element, which the content security policy allows. */
    public String svgDataUri() {
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
    }
}
