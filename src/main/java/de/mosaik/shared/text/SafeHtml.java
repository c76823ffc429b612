package de.mosaik.shared.text;

import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
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

    /** A single star between two letters or digits: the gender star of "Lehrer*innen", "Rom*nja". */
    private static final Pattern GENDER_STAR = Pattern.compile("(?<=[\\p{L}\\p{N}])\\*(?=[\\p{L}\\p{N}])");

    private SafeHtml() {}

    public static String fromMarkdown(String markdown) {
        // Headings of the text start at level 2: the page title is the only h1.
        var html = RENDERER.render(PARSER.parse(keepGenderStars(markdown)))
                .replace("<h1>", "<h2>")
                .replace("</h1>", "</h2>");
        return POLICY.sanitize(html);
    }

    /**
     * The words of staff's Markdown without its marks (stars, hashes, link targets) and without HTML tags typed into
     * it, on one line, for search and its excerpts; the result is plain text and is escaped where it is shown.
     */
    public static String plainText(String markdown) {
        var words = new StringBuilder();
        PARSER.parse(keepGenderStars(markdown)).accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                words.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                words.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak lineBreak) {
                words.append(' ');
            }

            @Override
            public void visit(HardLineBreak lineBreak) {
                words.append(' ');
            }

            @Override
            public void visit(Paragraph paragraph) {
                visitChildren(paragraph);
                words.append(' ');
            }

            @Override
            public void visit(Heading heading) {
                visitChildren(heading);
                words.append(' ');
            }
        });
        return words.toString().replaceAll("\\s+", " ").strip();
    }

    /**
     * Markdown reads a star inside a word as emphasis, so "Sinti*zze und Rom*nja" would come out as
     * "Sinti<em>zze und Rom</em>nja". German writes the gender star there, so a single star between
     * letters is escaped and shows as typed; emphasis stays with {@code _…_}, {@code *…*} around
     * words and {@code **…**}. Code spans (between backticks) are left alone: there an escape would
     * show.
     */
    static String keepGenderStars(String markdown) {
        if (markdown.indexOf('*') < 0) {
            return markdown;
        }
        var parts = markdown.split("`", -1);
        var result = new StringBuilder(markdown.length() + 8);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                result.append('`');
            }
            result.append(i % 2 == 0 ? GENDER_STAR.matcher(parts[i]).replaceAll("\\\\*") : parts[i]);
        }
        return result.toString();
    }
}
