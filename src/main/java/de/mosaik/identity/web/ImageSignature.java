package de.mosaik.identity.web;

import de.mosaik.identity.domain.TenantService;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Checks an upload's first bytes, so a file is not served as an image it does not claim truthfully to be. */
final class ImageSignature {

    private static final Pattern LOGO_TYPE = Pattern.compile("image/(png|jpeg|webp)");

    private ImageSignature() {}

    /** Whether an upload is a logo to keep: not empty, not too large, a PNG, JPEG or WebP by type and by content. */
    static boolean acceptableLogo(byte[] bytes, @Nullable String contentType) {
        return bytes.length > 0
                && bytes.length <= TenantService.MAX_LOGO_BYTES
                && contentType != null
                && LOGO_TYPE.matcher(contentType).matches()
                && matches(bytes, contentType);
    }

    static boolean matches(byte[] bytes, String contentType) {
        return switch (contentType) {
            case "image/png" -> startsWith(bytes, 0x89, 'P', 'N', 'G');
            case "image/jpeg" -> startsWith(bytes, 0xFF, 0xD8, 0xFF);
            // A RIFF container holds audio and video too; only the form type WEBP makes it an image.
            case "image/webp" -> startsWith(bytes, 'R', 'I', 'F', 'F', -1, -1, -1, -1, 'W', 'E', 'B', 'P');
            default -> false;
        };
    }

    /** {@code -1} in the prefix stands for any byte. */
    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (prefix[i] != -1 && (bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
