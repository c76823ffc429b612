package de.mosaik.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.shared.i18n.UiLanguage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

class PageContextTests {

    @Test
    void linksKeepAChosenLanguageSoThatCopiedLinksOpenInIt() {
        var arabic = context(UiLanguage.AR, "/kreis-dueren", "lang=ar");

        assertThat(arabic.href("/kreis-dueren/impressum")).isEqualTo("/kreis-dueren/impressum?lang=ar");
        assertThat(arabic.href("/verwaltung/x/postausgang?seite=2"))
                .isEqualTo("/verwaltung/x/postausgang?seite=2&lang=ar");
        assertThat(arabic.href("/?lang=en")).isEqualTo("/?lang=ar");
        assertThat(context(UiLanguage.DE, "/", null).href("/kreis-dueren")).isEqualTo("/kreis-dueren");
    }

    @Test
    void theLanguageSwitchKeepsThePageAndItsOtherParameters() {
        var page = context(UiLanguage.DE, "/plattform/postausgang", "seite=3");

        assertThat(page.languageUrl(UiLanguage.UK)).isEqualTo("/plattform/postausgang?seite=3&lang=uk");
        assertThat(page.languageUrl(UiLanguage.EINFACH)).isEqualTo("/plattform/postausgang?seite=3&lang=einfach");
        assertThat(context(UiLanguage.AR, "/", null).dir()).isEqualTo("rtl");
        assertThat(context(UiLanguage.EINFACH, "/", null).htmlLang()).isEqualTo("de");
    }

    private static PageContext context(UiLanguage language, String path, String query) {
        return new PageContext(
                new StaticMessageSource(),
                language,
                List.of(UiLanguage.values()),
                path,
                query,
                null,
                null,
                null,
                List.of(),
                null,
                false,
                asset -> asset);
    }
}
