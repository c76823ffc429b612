package de.mosaik.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class UiLanguageTests {

    @Test
    void findsALanguageByItsCode() {
        assertThat(UiLanguage.fromCode("en")).contains(UiLanguage.EN);
        assertThat(UiLanguage.fromCode(" AR ")).contains(UiLanguage.AR);
        assertThat(UiLanguage.fromCode("einfach")).contains(UiLanguage.EINFACH);
        assertThat(UiLanguage.fromCode("fr")).isEmpty();
        assertThat(UiLanguage.fromCode("")).isEmpty();
        assertThat(UiLanguage.fromCode("de-DE")).isEmpty();
    }

    @Test
    void mapsLocalesToLanguages() {
        assertThat(UiLanguage.of(Locale.GERMAN)).isEqualTo(UiLanguage.DE);
        assertThat(UiLanguage.of(Locale.GERMANY)).isEqualTo(UiLanguage.DE);
        assertThat(UiLanguage.of(Locale.forLanguageTag("de-AT"))).isEqualTo(UiLanguage.DE);
        assertThat(UiLanguage.of(Locale.US)).isEqualTo(UiLanguage.EN);
        assertThat(UiLanguage.of(Locale.forLanguageTag("ar-SY"))).isEqualTo(UiLanguage.AR);
        assertThat(UiLanguage.of(Locale.forLanguageTag("tr-TR"))).isEqualTo(UiLanguage.TR);
        assertThat(UiLanguage.of(UiLanguage.EINFACH.locale())).isEqualTo(UiLanguage.EINFACH);
    }

    @Test
    void fallsBackToGerman() {
        assertThat(UiLanguage.of(Locale.FRENCH)).isEqualTo(UiLanguage.DE);
        assertThat(UiLanguage.of(Locale.ROOT)).isEqualTo(UiLanguage.DE);
    }

    @Test
    void einfacheSpracheIsGermanInHtml() {
        assertThat(UiLanguage.EINFACH.htmlLang()).isEqualTo("de");
        assertThat(UiLanguage.EINFACH.rightToLeft()).isFalse();
    }

    @Test
    void onlyArabicIsWrittenRightToLeft() {
        for (var language : UiLanguage.values()) {
            assertThat(language.rightToLeft()).as(language.code()).isEqualTo(language == UiLanguage.AR);
        }
    }

    @Test
    void everyLanguageRoundTripsThroughItsCodeAndLocale() {
        for (var language : UiLanguage.values()) {
            assertThat(UiLanguage.fromCode(language.code())).contains(language);
            assertThat(UiLanguage.of(language.locale())).isEqualTo(language);
        }
    }

    @Test
    void theBackOfficeSpeaksGermanAndEnglish() {
        assertThat(UiLanguage.DE.backOffice()).isTrue();
        assertThat(UiLanguage.EN.backOffice()).isTrue();
        assertThat(UiLanguage.AR.backOffice()).isFalse();
    }

    @Test
    void readersOfEinfacheSpracheReadGerman() {
        assertThat(UiLanguage.DE.readsGerman()).isTrue();
        assertThat(UiLanguage.EINFACH.readsGerman()).isTrue();
        assertThat(UiLanguage.EN.readsGerman()).isFalse();
        assertThat(UiLanguage.AR.readsGerman()).isFalse();
        assertThat(UiLanguage.UK.readsGerman()).isFalse();
        assertThat(UiLanguage.TR.readsGerman()).isFalse();
    }

    @Test
    void documentsInGermanAndEnglishAreGermanForEinfacheSpracheAndEnglishForOthers() {
        assertThat(UiLanguage.germanOrEnglish("de")).isEqualTo(Locale.GERMAN);
        assertThat(UiLanguage.germanOrEnglish("einfach")).isEqualTo(Locale.GERMAN);
        assertThat(UiLanguage.germanOrEnglish("de-DE")).isEqualTo(Locale.GERMAN);
        assertThat(UiLanguage.germanOrEnglish("en")).isEqualTo(Locale.ENGLISH);
        assertThat(UiLanguage.germanOrEnglish("ar")).isEqualTo(Locale.ENGLISH);
        assertThat(UiLanguage.germanOrEnglish("uk")).isEqualTo(Locale.ENGLISH);
        assertThat(UiLanguage.germanOrEnglish("tr")).isEqualTo(Locale.ENGLISH);
        assertThat(UiLanguage.germanOrEnglish("fr")).isEqualTo(Locale.ENGLISH);
        assertThat(UiLanguage.germanOrEnglish("")).isEqualTo(Locale.ENGLISH);
    }
}
