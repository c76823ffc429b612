package de.mosaik.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.mosaik.i18n.TemplateText.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every UI text in a template comes from a message bundle, so that every language gets it. */
class TemplateTextTests {

    private static final Path TEMPLATES = Path.of("src/main/jte");

    @Test
    void templatesContainNoLiteralText() throws IOException {
        var problems = new ArrayList<String>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            var templates =
                    files.filter(f -> f.toString().endsWith(".jte")).sorted().toList();
            assertThat(templates).isNotEmpty();
            for (var template : templates) {
                var source = Files.readString(template, StandardCharsets.UTF_8);
                for (var finding : TemplateText.literalTexts(source)) {
                    problems.add(template + ":" + finding.line() + ": " + finding.text());
                }
            }
        }
        assertThat(problems)
                .as("literal text in templates; use ctx.t(\"module.key\") and add the key to every bundle")
                .isEmpty();
    }

    @Test
    void findsTextNodes() {
        var template = """
                @param PageContext ctx
                <h1>${ctx.t("portal.tenant.title")}</h1>
                <p class="kern-body">Willkommen</p>
                """;

        assertThat(TemplateText.literalTexts(template)).containsExactly(new Finding(3, "Willkommen"));
    }

    @Test
    void findsTextInVisibleAttributes() {
        var template = """
                <img src="/logo.png" alt="Logo">
                <a href="/x" title='Mehr'>${ctx.t("a.b")}</a>
                <input type="text" name="q" placeholder="Suche" value="vorgegeben">
                <nav aria-label="Seiten"></nav>
                <button type="submit" value="Senden">${ctx.t("a.b")}</button>
                <input type="submit" value=OK>
                <option label="Eins" value="eins"></option>
                """;

        assertThat(TemplateText.literalTexts(template))
                .containsExactly(
                        new Finding(1, "Logo"),
                        new Finding(2, "Mehr"),
                        new Finding(3, "Suche"),
                        new Finding(4, "Seiten"),
                        new Finding(5, "Senden"),
                        new Finding(6, "OK"),
                        new Finding(7, "Eins"));
    }

    @Test
    void findsTextInsideContentBlocksOfTemplateCalls() {
        var template = """
                @template.layout.public(ctx = ctx, title = ctx.t("x.title"), content = @`
                  @if(ctx.demo())
                    <p>${ctx.t("x.text")}</p>
                  @else
                    <p>Demo aus</p>
                  @endif
                  @template.tag.box(body = @`<span>Innen ${"}"}</span>`)
                `)
                """;

        assertThat(TemplateText.literalTexts(template))
                .containsExactly(new Finding(5, "Demo aus"), new Finding(7, "Innen"));
    }

    @Test
    void acceptsTemplatesWhoseTextComesFromExpressions() {
        var template = """
                @import de.mosaik.shared.web.PageContext
                @param PageContext ctx
                @param String name = "Vorgabe (mit Klammer"
                <%-- Ein Kommentar mit Text und ${ctx} --%>
                <!-- ein HTML-Kommentar -->
                !{var label = name.replace('{', '(').replace("}", ")");}
                <!DOCTYPE html>
                <html lang="${ctx.htmlLang()}">
                <head><title>${ctx.t("x.title")}</title>
                <script>document.title = "Skript";</script>
                <style>body::after { content: "Stil"; }</style>
                </head>
                @if(!"de".equals(ctx.htmlLang()) && name.contains(")"))
                  <p title="${ctx.t("x.title")}" class="kern-body">${ctx.t("x.text", "a}b", '}', \"\"\"
                      Textblock mit } und "Zitat"
                      \"\"\")} – /${name} &nbsp; 42 %</p>
                @elseif(name.isEmpty())
                  <input type="hidden" name="token" value="abc">
                @endif
                @for(var i = 0; i < 3; i++)
                  <li>$unsafe{ctx.t("x.item", i)}</li>
                @endfor
                <a href="/impressum" class="kern-link" hreflang="de">${label}</a>
                </html>
                """;

        assertThat(TemplateText.literalTexts(template)).isEmpty();
    }

    @Test
    void keepsLineBreaksWhileStripping() {
        var template = "<p>${ctx.t(\n\"a.b\")}</p>\n@if(x)\nText\n@endif\n";

        var stripped = TemplateText.strip(template);

        assertThat(stripped).hasSameSizeAs(template);
        assertThat(stripped.lines()).hasSameSizeAs(template.lines().toList());
        assertThat(stripped).doesNotContain("ctx", "a.b", "@if", "@endif").contains("Text");
    }

    @Test
    void rejectsUnbalancedExpressions() {
        assertThatThrownBy(() -> TemplateText.strip("<p>${ctx.t(\"a\"</p>"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TemplateText.strip("@template.x(content = @`<p></p>)"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
