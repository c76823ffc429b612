package de.mosaik.selfservice.domain;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.shared.i18n.UiLanguage;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The link mail is German or English: the page's language if it is one of them, else the registration's. */
class SelfServiceMailsTests {

    @Test
    void aGermanOrEnglishPageDecides() {
        assertThat(SelfServiceMails.locale(Locale.GERMAN, "en")).isEqualTo(Locale.GERMAN);
        assertThat(SelfServiceMails.locale(UiLanguage.EINFACH.locale(), "ar")).isEqualTo(Locale.GERMAN);
        assertThat(SelfServiceMails.locale(Locale.ENGLISH, "de")).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void otherwiseTheLatestRegistrationDecides() {
        assertThat(SelfServiceMails.locale(UiLanguage.AR.locale(), "de")).isEqualTo(Locale.GERMAN);
        assertThat(SelfServiceMails.locale(UiLanguage.UK.locale(), "einfach")).isEqualTo(Locale.GERMAN);
        assertThat(SelfServiceMails.locale(UiLanguage.TR.locale(), "tr")).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void tokensAreHashedWithSha256() {
        assertThat(MagicLinks.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
