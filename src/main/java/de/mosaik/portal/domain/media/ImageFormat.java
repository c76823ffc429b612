package de.mosaik.portal.domain.media;

import java.util.Optional;

/**
 * The image formats the library takes, told apart by the file's first bytes — never by its name or
 * the content type the browser declares, which anyone can set. WebP is not taken: the JDK has no
 * decoder for it, and a file that cannot be decoded cannot be checked or scaled.
 */
public enum ImageFormat {
    JPEG("jpeg", "image/jpeg"),
    PNG("png", "image/png"),
    // Kept as PNG: only the first frame is read, and PNG keeps its transparency without a palette limit.
    GIF("gif", "image/png");

    private final String readerName;
    private final String storedType;

    ImageFormat(String readerName, String storedType) {
        this.readerName = readerName;
        this.storedType = storedType;
    }

    /** The ImageIO format name whose reader decodes it. */
    String readerName() {
        return readerName;
    }

    /** The content type it is stored and served as after re-encoding. */
    public String storedType() {
        return storedType;
    }

    /** The format the bytes begin like, or empty for anything else (HTML, SVG, PDF, WebP …). */
    public static Optional<ImageFormat> of(byte[] bytes) {
        if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(bytes, 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n')) {
            return Optional.of(PNG);
        }
        if (startsWith(bytes, 'G', 'I', 'F', '8', '7', 'a') || startsWith(bytes, 'G', 'I', 'F', '8', '9', 'a')) {
            return Optional.of(GIF);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
