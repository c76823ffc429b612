package de.mosaik.shared.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secrets in links (registration, check-in, feedback, sign-in, account mails) and the SHA-256
 * under which they and other texts are stored. Where only the hash is stored, a copy of the
 * database gives nobody a link that works.
 */
public final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** 32 bytes in URL-safe Base64 without padding are always 43 characters of this alphabet. */
    private static final Pattern URL_SAFE_TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private Tokens() {}

    /** 32 random bytes (256 bit) in URL-safe Base64 without padding: 43 characters. */
    public static String urlSafe() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether {@code token} could be one of {@link #urlSafe()}; anything else need not be looked up. */
    public static boolean plausible(String token) {
        return URL_SAFE_TOKEN.matcher(token).matches();
    }

    /** The SHA-256 of the UTF-8 bytes of {@code text}. */
    public static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The SHA-256 of the UTF-8 bytes of {@code text} in lower-case hex: 64 characters. */
    public static String sha256Hex(String text) {
        return HexFormat.of().formatHex(sha256(text));
    }
}
