package de.mosaik.shared.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.mosaik.shared.i18n.UiLanguage;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TranslatableTextTests {

    private static final ContentLanguage AR = new ContentLanguage("ar");
    private static final String GERMAN = "Ich willige ein.";

    private static Translation arabic(String text, TranslationStatus status, String madeFrom) {
        return new Translation(AR, text, status, SourceRevision.of(madeFrom), 1);
    }

    @Test
    void aPublishedCurrentTranslationIsShownInItsLanguage() {
        var text = new TranslatableText(GERMAN, Map.of(AR, arabic("أوافق.", TranslationStatus.PUBLISHED, GERMAN)));

        var shown = text.in(UiLanguage.AR);

        assertThat(shown.text()).isEqualTo("أوافق.");
        assertThat(shown.fallback()).isFalse();
        assertThat(shown.lang()).isNull();
        assertThat(shown.dir()).isNull();
        assertThat(text.state(AR)).isEqualTo(new TranslationState(TranslationStatus.PUBLISHED, false));
    }

    @Test
    void withoutATranslationTheGermanIsShownMarkedAsGerman() {
        var shown = TranslatableText.german(GERMAN).in(UiLanguage.AR);

        assertThat(shown.text()).isEqualTo(GERMAN);
        assertThat(shown.fallback()).isTrue();
        assertThat(shown.lang()).isEqualTo("de");
        assertThat(shown.dir()).isEqualTo("auto");
        assertThat(TranslatableText.german(GERMAN).state(AR)).isEqualTo(TranslationState.MISSING);
    }

    @Test
    void aDraftIsNotShownButCountsAsDraft() {
        var text = new TranslatableText(GERMAN, Map.of(AR, arabic("أوافق.", TranslationStatus.DRAFT, GERMAN)));

        assertThat(text.in(AR).text()).isEqualTo(GERMAN);
        assertThat(text.in(AR).fallback()).isTrue();
        assertThat(text.state(AR).status()).isEqualTo(TranslationStatus.DRAFT);
    }

    @Test
    void aTranslationOfAnOlderSourceIsOutdatedAndNotShown() {
        var text = new TranslatableText(
                "Ich willige ausdrücklich ein.", Map.of(AR, arabic("أوافق.", TranslationStatus.PUBLISHED, GERMAN)));

        assertThat(text.state(AR)).isEqualTo(new TranslationState(TranslationStatus.PUBLISHED, true));
        assertThat(text.in(AR).text()).isEqualTo("Ich willige ausdrücklich ein.");
        assertThat(text.in(AR).fallback()).isTrue();
    }

    @Test
    void blanksAndLineEndingsDoNotChangeTheRevision() {
        assertThat(SourceRevision.of("Zeile eins\r\nZeile zwei  "))
                .isEqualTo(SourceRevision.of("Zeile eins\nZeile zwei"));
        assertThat(SourceRevision.of("Zeile eins")).isNotEqualTo(SourceRevision.of("Zeile 1"));
    }

    @Test
    void germanPagesShowTheSourceWithoutMarking() {
        var text = new TranslatableText(GERMAN, Map.of(AR, arabic("أوافق.", TranslationStatus.PUBLISHED, GERMAN)));

        assertThat(text.in(UiLanguage.DE)).isEqualTo(ShownText.german(GERMAN));
        assertThat(text.in(UiLanguage.DE).lang()).isNull();
    }

    @Test
    void anEmptySourceIsNotMarkedAsAFallback() {
        assertThat(TranslatableText.german("").in(AR).fallback()).isFalse();
    }

    @Test
    void languagesBeyondTheUserInterfaceAreAccepted() {
        var bulgarian = new ContentLanguage("bg");
        assertThat(bulgarian.nativeName()).isEqualTo("Български");
        assertThat(new ContentLanguage("fa").rightToLeft()).isTrue();
        assertThat(ContentLanguage.EINFACH.htmlLang()).isEqualTo("de");
        assertThat(ContentLanguage.defaultTargets())
                .extracting(ContentLanguage::code)
                .containsExactly("einfach", "en", "ar", "uk", "tr");
        assertThatThrownBy(() -> new ContentLanguage("x\"><script>")).isInstanceOf(IllegalArgumentException.class);
    }
}
