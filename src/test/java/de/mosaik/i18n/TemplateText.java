package de.mosaik.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds UI text written directly into a jte template instead of coming from a message bundle.
 *
 * <p>First every jte construct is blanked out (replaced by spaces, newlines kept, so offsets and
 * line numbers stay those of the source): comments, {@code @import}/{@code @param} lines, code
 * blocks, expressions and directive headers. Content blocks ({@code @`…`}) inside expressions and
 * template calls stay, because they are markup. What remains is HTML whose text nodes and
 * user-visible attributes must not contain letters.
 */
final class TemplateText {

    record Finding(int line, String text) {
        @Override
        public String toString() {
            return line + ": " + text;
        }
    }

    private static final Pattern IMPORT_OR_PARAM = Pattern.compile("@(import|param)\\b");
    private static final Pattern DIRECTIVE_WITH_HEADER =
            Pattern.compile("@(?:if|elseif|for|template\\.[A-Za-z0-9_.]+)\\s*(?=\\()");
    private static final Pattern BARE_DIRECTIVE = Pattern.compile("@(?:else|endif|endfor|raw|endraw)(?![A-Za-z0-9_])");
    private static final Pattern SCRIPT_OR_STYLE =
            Pattern.compile("(<(script|style)\\b[^>]*>)(.*?)(</\\2\\s*>)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<(?:!|/?[A-Za-z])(?:[^>\"']|\"[^\"]*\"|'[^']*')*>");
    private static final Pattern TAG_NAME = Pattern.compile("^</?([A-Za-z][A-Za-z0-9-]*)");
    private static final Pattern ATTRIBUTE =
            Pattern.compile("([A-Za-z_:@][-A-Za-z0-9_:.]*)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+)))?");
    private static final Pattern CHARACTER_REFERENCE =
            Pattern.compile("&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#[xX][0-9A-Fa-f]+);");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final List<String> TEXT_ATTRIBUTES =
            List.of("alt", "title", "placeholder", "aria-label", "aria-description", "label");

    private final String source;
    private final char[] out;

    private TemplateText(String source) {
        this.source = source;
        this.out = source.toCharArray();
    }

    /** The template with every jte construct replaced by blanks; same length and line breaks as the source. */
    static String strip(String source) {
        var text = new TemplateText(source);
        text.template(0, false);
        return new String(text.out);
    }

    /** Literal UI text in the template: text nodes and user-visible attribute values containing letters. */
    static List<Finding> literalTexts(String source) {
        var html = new StringBuilder(strip(source));
        var scripts = SCRIPT_OR_STYLE.matcher(html.toString());
        while (scripts.find()) {
            blank(html, scripts.start(3), scripts.end(3));
        }
        var findings = new ArrayList<Finding>();
        var tags = TAG.matcher(html);
        int textStart = 0;
        while (tags.find()) {
            checkText(html, textStart, tags.start(), findings);
            checkAttributes(html, tags.start(), tags.group(), findings);
            textStart = tags.end();
        }
        checkText(html, textStart, html.length(), findings);
        return findings;
    }

    private static void checkText(CharSequence html, int from, int to, List<Finding> findings) {
        report(html, from, html.subSequence(from, to).toString(), findings);
    }

    private record Attribute(String name, String value, int offset) {}

    private static void checkAttributes(CharSequence html, int offset, String tag, List<Finding> findings) {
        var nameMatcher = TAG_NAME.matcher(tag);
        if (tag.startsWith("</") || !nameMatcher.find()) {
            return;
        }
        var element = nameMatcher.group(1).toLowerCase(Locale.ROOT);
        var attributes = new ArrayList<Attribute>();
        var matcher = ATTRIBUTE.matcher(tag).region(nameMatcher.end(), tag.length());
        while (matcher.find()) {
            for (int group = 2; group <= 4; group++) {
                if (matcher.group(group) != null) {
                    attributes.add(new Attribute(
                            matcher.group(1).toLowerCase(Locale.ROOT),
                            matcher.group(group),
                            offset + matcher.start(group)));
                }
            }
        }
        var type = attributes.stream()
                .filter(a -> a.name().equals("type"))
                .map(a -> a.value().strip().toLowerCase(Locale.ROOT))
                .findFirst()
                .orElse("");
        boolean button = element.equals("button")
                || (element.equals("input")
                        && List.of("submit", "button", "reset").contains(type));
        for (var attribute : attributes) {
            if (TEXT_ATTRIBUTES.contains(attribute.name())
                    || (button && attribute.name().equals("value"))) {
                report(html, attribute.offset(), attribute.value(), findings);
            }
        }
    }

    private static void report(CharSequence html, int offset, String text, List<Finding> findings) {
        var withoutReferences = new StringBuilder(text);
        var references = CHARACTER_REFERENCE.matcher(text);
        while (references.find()) {
            blank(withoutReferences, references.start(), references.end());
        }
        var letter = LETTER.matcher(withoutReferences);
        if (letter.find()) {
            findings.add(new Finding(
                    lineOf(html, offset + letter.start()), text.strip().replaceAll("\\s+", " ")));
        }
    }

    private static int lineOf(CharSequence text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static void blank(StringBuilder text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != '\n') {
                text.setCharAt(i, ' ');
            }
        }
    }

    private void blank(int from, int to) {
        for (int i = from; i < to && i < out.length; i++) {
            if (out[i] != '\n') {
                out[i] = ' ';
            }
        }
    }

    /**
     * Scans markup from {@code i}. In a content block it ends after the closing backtick; at the top
     * level at the end of the source. Returns the index after what it consumed.
     */
    private int template(int i, boolean inContentBlock) {
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (inContentBlock && c == '`') {
                blank(i, i + 1);
                return i + 1;
            }
            if (source.startsWith("<%--", i)) {
                i = skipTo(i, "--%>", "jte comment");
            } else if (source.startsWith("<!--", i)) {
                i = skipTo(i, "-->", "HTML comment");
            } else if (source.startsWith("!{", i)) {
                blank(i, i + 2);
                i = java(i + 2, Until.CLOSING_BRACE);
            } else if (source.startsWith("${", i)) {
                blank(i, i + 2);
                i = java(i + 2, Until.CLOSING_BRACE);
            } else if (source.startsWith("$unsafe{", i)) {
                blank(i, i + 8);
                i = java(i + 8, Until.CLOSING_BRACE);
            } else if (c == '@') {
                i = directive(i);
            } else {
                i++;
            }
        }
        if (inContentBlock) {
            throw error("unterminated content block @`", i);
        }
        return i;
    }

    private int directive(int i) {
        var importOrParam = IMPORT_OR_PARAM.matcher(source).region(i, source.length());
        if (importOrParam.lookingAt() && atLineStart(i)) {
            blank(i, importOrParam.end());
            return java(importOrParam.end(), Until.END_OF_LINE);
        }
        var header = DIRECTIVE_WITH_HEADER.matcher(source).region(i, source.length());
        if (header.lookingAt()) {
            blank(i, header.end());
            return java(header.end(), Until.CLOSING_PARENTHESIS);
        }
        var bare = BARE_DIRECTIVE.matcher(source).region(i, source.length());
        if (bare.lookingAt()) {
            blank(i, bare.end());
            return bare.end();
        }
        return i + 1;
    }

    private boolean atLineStart(int i) {
        for (int j = i - 1; j >= 0 && source.charAt(j) != '\n'; j--) {
            if (!Character.isWhitespace(source.charAt(j))) {
                return false;
            }
        }
        return true;
    }

    private int skipTo(int i, String end, String what) {
        int close = source.indexOf(end, i);
        if (close < 0) {
            throw error("unterminated " + what, i);
        }
        blank(i, close + end.length());
        return close + end.length();
    }

    private enum Until {
        CLOSING_BRACE,
        CLOSING_PARENTHESIS,
        END_OF_LINE
    }

    /**
     * Blanks Java code from {@code start}, honouring strings, text blocks, character literals,
     * comments and nested brackets; content blocks inside it are scanned as markup. Returns the
     * index after the closing bracket (or of the line break for {@code END_OF_LINE}).
     */
    private int java(int start, Until until) {
        int n = source.length();
        int depth = until == Until.CLOSING_BRACE ? 1 : 0;
        int i = start;
        while (i < n) {
            char c = source.charAt(i);
            if (until == Until.END_OF_LINE && c == '\n' && depth == 0) {
                return i;
            }
            if (source.startsWith("\"\"\"", i)) {
                i = skipQuoted(i, "\"\"\"");
            } else if (c == '"') {
                i = skipQuoted(i, "\"");
            } else if (c == '\'') {
                i = skipQuoted(i, "'");
            } else if (source.startsWith("//", i)) {
                int eol = source.indexOf('\n', i);
                eol = eol < 0 ? n : eol;
                blank(i, eol);
                i = eol;
            } else if (source.startsWith("/*", i)) {
                i = skipTo(i, "*/", "Java comment");
            } else if (source.startsWith("@`", i)) {
                blank(i, i + 2);
                i = template(i + 2, true);
            } else {
                blank(i, i + 1);
                i++;
                if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if (c == ')' || c == ']' || c == '}') {
                    depth--;
                    if (depth == 0 && until != Until.END_OF_LINE) {
                        return i;
                    }
                    if (depth < 0) {
                        throw error("unbalanced '" + c + "'", i - 1);
                    }
                }
            }
        }
        if (until == Until.END_OF_LINE && depth == 0) {
            return n;
        }
        throw error("unterminated expression", start);
    }

    private int skipQuoted(int i, String quote) {
        int j = i + quote.length();
        while (j < source.length()) {
            if (source.charAt(j) == '\\') {
                j += 2;
            } else if (source.startsWith(quote, j)) {
                blank(i, j + quote.length());
                return j + quote.length();
            } else if (quote.length() == 1 && source.charAt(j) == '\n') {
                break;
            } else {
                j++;
            }
        }
        throw error("unterminated literal " + quote, i);
    }

    private IllegalArgumentException error(String message, int offset) {
        return new IllegalArgumentException(message + " at line " + lineOf(source, offset));
    }
}
