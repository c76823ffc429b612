package de.mosaik.attendance.domain;

import java.security.SecureRandom;

/** Short random codes that people can type; the tokens in links come from {@code Tokens}. */
final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Without 0/O and 1/I/L, so that a code read off a projector is typed correctly. */
    private static final char[] READABLE = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();

    private Secrets() {}

    /** A short code people can type: {@code length} characters of 31, about 5 bit each. */
    static String readableCode(int length) {
        var code = new char[length];
        for (int i = 0; i < length; i++) {
            code[i] = READABLE[RANDOM.nextInt(READABLE.length)];
        }
        return new String(code);
    }
}
