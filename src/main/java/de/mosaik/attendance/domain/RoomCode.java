package de.mosaik.attendance.domain;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A session's open room code with its short address and the QR code of it, for the projector. */
public record RoomCode(String code, String url, String svg) {

    public String svgDataUri() {
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
    }
}
