package de.mosaik.organisations.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The host of a website address without scheme, {@code www.} and path, so that {@code https://www.koeln.de/}
 * and {@code koeln.de} are known as one site. The same rule fills the column {@code website_host} (V83).
 */
final class WebsiteHost {

    private static final Pattern HOST =
            Pattern.compile("^([a-z][a-z0-9+.-]*://)?([^/?#@]*@)?(www\\.)?([^/:?#]*).*$", Pattern.DOTALL);

    private static final Pattern PLAUSIBLE = Pattern.compile("[a-z0-9äöüß-]+(\\.[a-z0-9äöüß-]+)*\\.[a-z]{2,}");

    private WebsiteHost() {}

    static String of(String website) {
        var text = website.strip().toLowerCase(Locale.ROOT);
        var host = HOST.matcher(text).replaceFirst("$4");
        return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    }

    /** Whether the address reads like a website: http(s) or no scheme, and a host with a top-level domain. */
    static boolean plausible(String website) {
        var text = website.strip().toLowerCase(Locale.ROOT);
        if (text.contains(" ") || (text.contains("://") && !text.matches("https?://.*"))) {
            return false;
        }
        return PLAUSIBLE.matcher(of(text)).matches();
    }
}
