package de.mosaik.organisations.domain;

import java.net.URI;
import java.util.Locale;

/** The host of a website address without {@code www.}, to tell two entries of one body apart from typos. */
final class WebsiteHost {

    private WebsiteHost() {}

    static String of(String website) {
        var text = website.strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return "";
        }
        try {
            var host =
                    URI.create(text.contains("://") ? text : "https://" + text).getHost();
            if (host == null) {
                return "";
            }
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException notAnAddress) {
            return "";
        }
    }
}
