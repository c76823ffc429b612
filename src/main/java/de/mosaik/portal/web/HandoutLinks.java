package de.mosaik.portal.web;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * On paper a link cannot be followed, so each link of a sanitised text becomes its text followed by its
 * address in brackets. The link itself goes: the PDF renderer writes link annotations without the
 * description PDF/UA asks for (7.18.5), and PDF viewers make written-out addresses clickable anyway.
 * Works on the sanitiser's output, whose links always have a double-quoted {@code href}.
 */
final class HandoutLinks {

    private static final Pattern LINK =
            Pattern.compile("<a\\b[^>]*?\\bhref=\"([^\"]*)\"[^>]*>(.*?)</a>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private HandoutLinks() {}

    /**
     * The HTML with each link replaced by its text and its address; {@code absolute} turns a path of this site
     * into a full address. Mail and phone links show the address or number without the scheme.
     */
    static String writtenOut(String html, UnaryOperator<String> absolute) {
        var matcher = LINK.matcher(html);
        var result = new StringBuilder(html.length() + 64);
        while (matcher.find()) {
            var href = matcher.group(1);
            var target = href.startsWith("/") ? absolute.apply(href) : href;
            var shown = target.replaceFirst("^(mailto|tel):", "");
            var text = TAG.matcher(matcher.group(2)).replaceAll("").strip();
            var address = "<span dir=\"ltr\">" + shown + "</span>";
            var replacement =
                    text.equals(shown) || text.equals(target) ? address : matcher.group(2) + " (" + address + ")";
            matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(result);
        return result.toString();
    }
}
