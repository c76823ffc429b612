package de.mosaik.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.shared.text.SafeHtml;
import org.junit.jupiter.api.Test;

class HandoutLinksTests {

    private static String writtenOut(String markdown) {
        return HandoutLinks.writtenOut(SafeHtml.fromMarkdown(markdown), path -> "https://mosaik.example" + path);
    }

    @Test
    void aLinkBecomesItsTextAndItsAddress() {
        assertThat(writtenOut("Lesen Sie [die Schulpflicht](https://www.schulministerium.nrw/schulpflicht) nach."))
                .isEqualTo(
                        "<p>Lesen Sie die Schulpflicht (<span dir=\"ltr\">https://www.schulministerium.nrw/schulpflicht</span>) nach.</p>\n");
    }

    @Test
    void aPathOfThisSiteBecomesAFullAddressAndMailShowsTheAddressAlone() {
        assertThat(
                        writtenOut(
                                "[Beratung](/stadt-duisburg/seiten/schulberatung) oder [info@ki.example](mailto:info@ki.example)"))
                .contains(
                        "Beratung (<span dir=\"ltr\">https://mosaik.example/stadt-duisburg/seiten/schulberatung</span>)")
                .contains("<span dir=\"ltr\">info&#64;ki.example</span>")
                .doesNotContain("<a", "mailto:");
    }

    @Test
    void textWithoutLinksStaysAsItIs() {
        var html = SafeHtml.fromMarkdown("## Sprechzeiten\n\n**dienstags** und _donnerstags_");
        assertThat(HandoutLinks.writtenOut(html, path -> path)).isEqualTo(html);
    }
}
