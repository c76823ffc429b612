package de.mosaik.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeHtmlTests {

    @Test
    void rendersTheMarkdownStaffWrite() {
        var html = SafeHtml.fromMarkdown("""
                Ein **wichtiger** Absatz mit *Betonung*.

                - eins
                - zwei

                [Kreis Düren](https://www.kreis-dueren.de) und [Mail](mailto:ki@kreis-dueren.de)
                """);

        assertThat(html)
                .contains("<strong>wichtiger</strong>", "<em>Betonung</em>", "<ul>", "<li>eins</li>")
                .contains("href=\"https://www.kreis-dueren.de\"", "href=\"mailto:ki&#64;kreis-dueren.de\"");
    }

    @Test
    void linksOpenNothingOfTheirOwn() {
        assertThat(SafeHtml.fromMarkdown("[x](https://example.org)")).contains("rel=\"noopener noreferrer\"");
    }

    @Test
    void shiftsTopLevelHeadingsBelowThePageTitle() {
        var html = SafeHtml.fromMarkdown("# Titel\n\n## Abschnitt\n\n### Unterabschnitt");

        assertThat(html)
                .doesNotContain("<h1")
                .contains("<h2>Titel</h2>", "<h2>Abschnitt</h2>", "<h3>Unterabschnitt</h3>");
    }

    @Test
    void escapesScriptTags() {
        var html = SafeHtml.fromMarkdown("Hallo <script>alert('x')</script> Welt\n\n<script>\nalert(1)\n</script>");

        assertThat(html).doesNotContainIgnoringCase("<script");
        assertThat(html).contains("&lt;script&gt;");
    }

    @Test
    void removesJavascriptLinks() {
        for (var markdown : new String[] {
            "[klick](javascript:alert(1))",
            "[klick](JavaScript:alert(1))",
            "[klick](  javascript:alert(1))",
            "[klick](java&#09;script:alert(1))",
            "<javascript:alert(1)>",
            "[klick](vbscript:msgbox(1))"
        }) {
            assertThat(SafeHtml.fromMarkdown(markdown))
                    .as(markdown)
                    .doesNotContainIgnoringCase("href=\"javascript")
                    .doesNotContainIgnoringCase("href=\"vbscript")
                    .doesNotContainIgnoringCase("href=\"java");
        }
    }

    @Test
    void removesDataUrls() {
        var html = SafeHtml.fromMarkdown(
                "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)\n\n![bild](data:image/svg+xml,<svg onload=alert(1)>)");

        assertThat(html).doesNotContain("href=\"data:").doesNotContain("src=").doesNotContain("<img");
    }

    @Test
    void escapesEventHandlerAttributes() {
        var html = SafeHtml.fromMarkdown(
                "<img src=x onerror=alert(1)>\n\nText <a href=\"https://example.org\" onclick=\"alert(1)\">x</a>"
                        + " <b onmouseover=alert(1)>fett</b>");

        assertThat(html)
                .doesNotContain("<img")
                .doesNotContain("<b ")
                .doesNotContain("<a href=\"https://example.org\" onclick");
        assertThat(html).doesNotContainPattern("<[^>]*\\son[a-z]+=");
        assertThat(html).contains("&lt;img src&#61;x onerror&#61;alert(1)&gt;");
    }

    @Test
    void dropsImagesAndStyles() {
        var html = SafeHtml.fromMarkdown("![logo](https://example.org/logo.png)\n\n<style>body{display:none}</style>");

        assertThat(html).doesNotContain("<img").doesNotContain("<style");
    }

    @Test
    void keepsPlainTextReadable() {
        assertThat(SafeHtml.fromMarkdown("Öffnungszeiten: Mo–Fr 8 < 9 & \"gut\""))
                .contains("Öffnungszeiten")
                .doesNotContain("< 9");
        assertThat(SafeHtml.fromMarkdown("")).isEmpty();
    }

    /** The gender forms of the source texts of the Kommunale Integrationszentren, as staff type them. */
    private static final java.util.List<String> GENDER_FORMS = java.util.List.of(
            "Sprachmittler*innen und Lehrer*innen",
            "Rassismus gegen Sinti*zze und Rom*nja",
            "die Mitarbeiter*innen der Kreisverwaltung Düren, Inklusionsassistent*innen/ Integrationshelfer*innen",
            "Schulsozialarbeiter*innen und externe Referent*innen",
            "Interkulturelle Berater*innen für Schüler*innen ab Klasse 5",
            "eine*n Integrationsbeauftragte*n");

    @Test
    void genderStarsShowAsTyped() {
        for (var form : GENDER_FORMS) {
            assertThat(SafeHtml.fromMarkdown(form)).as(form).isEqualTo("<p>" + form + "</p>\n");
        }
        assertThat(SafeHtml.fromMarkdown("- Lehrer*innen\n- Schüler*innen"))
                .contains("<li>Lehrer*innen</li>", "<li>Schüler*innen</li>")
                .doesNotContain("<em>");
    }

    @Test
    void emphasisStillWorksAroundGenderStars() {
        assertThat(SafeHtml.fromMarkdown("Für **Lehrer*innen** und _Schüler*innen_, *alle* willkommen."))
                .isEqualTo(
                        "<p>Für <strong>Lehrer*innen</strong> und <em>Schüler*innen</em>, <em>alle</em> willkommen.</p>\n");
        assertThat(SafeHtml.fromMarkdown("Code: `a*b*c`")).contains("<code>a*b*c</code>");
    }

    @Test
    void plainTextKeepsTheWordsAndDropsMarksLinkTargetsAndTypedTags() {
        assertThat(SafeHtml.plainText("""
                        ## So läuft die Beratung

                        Siehe [die Seite](https://example.org) und **fett** für Lehrer*innen.
                        <b>roh</b>

                        - eins
                        - zwei"""))
                .isEqualTo("So läuft die Beratung Siehe die Seite und fett für Lehrer*innen. roh eins zwei");
    }
}
