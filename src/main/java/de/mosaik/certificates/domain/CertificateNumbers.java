package de.mosaik.certificates.domain;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Certificate numbers such as {@code MSK-7F3K-9QX2-HC4M}: random (60 bits, so that nobody finds
 * valid numbers by trying), grouped for reading aloud, without the easily confused 0/O, 1/I/L, U.
 */
public final class CertificateNumbers {

    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final Pattern FORMAT = Pattern.compile("MSK(-[" + ALPHABET + "]{4}){3}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateNumbers() {}

    public static String next() {
        var number = new StringBuilder("MSK");
        for (int group = 0; group < 3; group++) {
            number.append('-');
            for (int i = 0; i < 4; i++) {
                number.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
        }
        return number.toString();
    }

    /** The number as typed (any case, with or without spaces and dashes) in its canonical form, or null when it cannot be one. */
    public static @org.jspecify.annotations.Nullable String normalise(String typed) {
        var compact = typed.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (compact.length() != 15 || !compact.startsWith("MSK")) {
            return null;
        }
        var candidate = "MSK-" + compact.substring(3, 7) + "-" + compact.substring(7, 11) + "-" + compact.substring(11);
        return FORMAT.matcher(candidate).matches() ? candidate : null;
    }
}
