package de.mosaik.shared.text;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Turns text written by staff (Markdown: paragraphs, headings, lists, links, emphasis) into HTML
 * that is safe to embed: whatever HTML the author typed is escaped, and the result passes an
 * allow-list sanitiser as a second line of defence.
 */
public final class SafeHtml {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "h2", "h3", "h4", "ul", "ol", "li", "strong", "em", "a", "blockquote", "code")
            .allowUrlProtocols("https", "http", "mailto", "tel")
            .allowAttributes("href")
            .onElements("a")
            .requireRelsOnLinks("noopener", "noreferrer")
            .toFactory();

    private SafeHtml() {}

    public static String fromMarkdown(String markdown) {
        // Headings of the text start at level 2: the page title is the only h1.
        var html =
                RENDERER.render(PARSER.parse(markdown)).replace("<h1>", "<h2>").replace("</h1>", "</h2>");
        return POLICY.sanitize(html);
    }
}
