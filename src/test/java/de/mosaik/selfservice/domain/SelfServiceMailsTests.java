package de.mosaik.selfservice.domain;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.shared.i18n.UiLanguage;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The link mail is written in the language of the page the person asked on, in every public language. */
class SelfServiceMailsTests {

    @Test
    void thePageLanguageDecides() {
        assertThat(SelfServiceMails.locale(Locale.GERMAN, "en")).isEqualTo(Locale.GERMAN);
        assertThat(SelfServiceMails.locale(UiLanguage.EINFACH.locale(), "ar")).isEqualTo(UiLanguage.EINFACH.locale());
        assertThat(SelfServiceMails.locale(Locale.ENGLISH, "de")).isEqualTo(Locale.ENGLISH);
        assertThat(SelfServiceMails.locale(UiLanguage.AR.locale(), "de")).isEqualTo(UiLanguage.AR.locale());
        assertThat(SelfServiceMails.locale(UiLanguage.TR.locale(), "uk")).isEqualTo(UiLanguage.TR.locale());
    }

    @Test
    void withoutAPageLanguageTheLatestRegistrationDecides() {
        assertThat(SelfServiceMails.locale(null, "uk")).isEqualTo(UiLanguage.UK.locale());
        assertThat(SelfServiceMails.locale(null, "einfach")).isEqualTo(UiLanguage.EINFACH.locale());
        assertThat(SelfServiceMails.locale(null, "de-DE")).isEqualTo(Locale.GERMAN);
    }

    @Test
    void tokensAreHashedWithSha256() {
        assertThat(MagicLinkService.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
