package de.mosaik.shared.translation.work;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a translated Markdown text kept the markup of its German source: the same links (by target, so that a
 * translation cannot add one), paired emphasis and code marks, and no HTML that the source does not have. The
 * sanitiser would make broken markup harmless, but the page would show stray asterisks or lose a link.
 */
final class MarkupCheck {

    private static final Pattern LINK_TARGET = Pattern.compile("\\]\\(([^)\\s]*)[^)]*\\)");
    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^>]*>");

    private MarkupCheck() {}

    /** The message key of what is broken, or empty when the target's markup fits the source's. */
    static Optional<String> problem(String source, String target) {
        if (!links(source).equals(links(target))) {
            return Optional.of("translation.import.problem.links");
        }
        if (count(target, "**") % 2 != 0 || count(target, "`") % 2 != 0) {
            return Optional.of("translation.import.problem.emphasis");
        }
        if (count(target, "[") != count(target, "]") || count(target, "(") < count(target, "](")) {
            return Optional.of("translation.import.problem.brackets");
        }
        if (HTML_TAG.matcher(target).find() && !HTML_TAG.matcher(source).find()) {
            return Optional.of("translation.import.problem.html");
        }
        return Optional.empty();
    }

    private static List<String> links(String text) {
        return LINK_TARGET.matcher(text).results().map(m -> m.group(1)).sorted().toList();
    }

    private static int count(String text, String mark) {
        int count = 0;
        for (int i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + mark.length())) {
            count++;
        }
        return count;
    }
}
