package de.mosaik.attendance.domain;

import java.security.SecureRandom;
import java.util.Base64;

/** Random tokens and codes that cannot be guessed. */
final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Without 0/O and 1/I/L, so that a code read off a projector is typed correctly. */
    private static final char[] READABLE = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();

    private Secrets() {}

    /** 32 random bytes (256 bit) in URL-safe Base64. */
    static String token() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A short code people can type: {@code length} characters of 31, about 5 bit each. */
    static String readableCode(int length) {
        var code = new char[length];
        for (int i = 0; i < length; i++) {
            code[i] = READABLE[RANDOM.nextInt(READABLE.length)];
        }
        return new String(code);
    }
}
