package de.mosaik.portal.web;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * On paper a link cannot be followed, so each link of a sanitised text is followed by its address in
 * brackets. Works on the sanitiser's output, whose links always have a double-quoted {@code href}.
 */
final class HandoutLinks {

    private static final Pattern LINK =
            Pattern.compile("<a\\b[^>]*?\\bhref=\"([^\"]*)\"[^>]*>(.*?)</a>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private HandoutLinks() {}

    /**
     * The HTML with each link's address written out after it; {@code absolute} turns a path of this site into
     * a full address. Mail and phone links show the address or number alone.
     */
    static String writtenOut(String html, UnaryOperator<String> absolute) {
        var matcher = LINK.matcher(html);
        var result = new StringBuilder(html.length() + 64);
        while (matcher.find()) {
            var href = matcher.group(1);
            var target = href.startsWith("/") ? absolute.apply(href) : href;
            var shown = target.replaceFirst("^(mailto|tel):", "");
            var text = TAG.matcher(matcher.group(2)).replaceAll("").strip();
            var link = "<a href=\"" + target + "\">" + matcher.group(2) + "</a>";
            var replacement = text.equals(shown) || text.equals(target)
                    ? link
                    : link + " (<span dir=\"ltr\">" + shown + "</span>)";
            matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(result);
        return result.toString();
    }
}
