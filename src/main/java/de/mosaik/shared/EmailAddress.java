package de.mosaik.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/** What Mosaik accepts as an e-mail address from a form: one plain address, nothing that could add recipients. */
public final class EmailAddress {

    public static final int MAX_LENGTH = 254;

    // One local part, one domain with a dot; no spaces, commas, semicolons, angle brackets or quotes.
    private static final Pattern PLAIN = Pattern.compile("[^@\\s,;<>\"']+@[^@\\s,;<>\"']+\\.[^@\\s,;<>\"'.]+");

    private EmailAddress() {}

    public static boolean isValid(String value) {
        return value.length() <= MAX_LENGTH && PLAIN.matcher(value).matches();
    }

    /**
     * How addresses are compared: one person is recognised across events and modules by this
     * form, whatever spelling they typed.
     */
    public static String normalize(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }
}
