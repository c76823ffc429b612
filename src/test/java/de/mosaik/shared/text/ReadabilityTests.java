package de.mosaik.shared.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The readability figures against values computed by hand. */
class ReadabilityTests {

    // Sentence 1: Das ist ein Haus: 4 words, 4 syllables.
    // Sentence 2: Wir ge-hen heu-te ge-mein-sam ein-kau-fen: 5 words, 11 syllables.
    private static final String TWO_SENTENCES = "Das ist ein Haus. Wir gehen heute gemeinsam einkaufen.";

    @Test
    void sentenceLengthAndLongWords() {
        var figures = Readability.of(TWO_SENTENCES, 25);

        assertThat(figures.sentences()).isEqualTo(2);
        assertThat(figures.words()).isEqualTo(9);
        assertThat(figures.averageSentenceLength()).isCloseTo(4.5, within(1e-9));
        // gemeinsam and einkaufen have more than six letters: 2 of 9 words.
        assertThat(figures.longWordPercent()).isCloseTo(22.2222, within(1e-3));
    }

    @Test
    void fleschAfterAmstad() {
        // 180 - 9/2 - 58.5 * 15/9 = 180 - 4.5 - 97.5
        assertThat(Readability.of(TWO_SENTENCES, 25).fleschAmstad()).isCloseTo(78.0, within(1e-9));
    }

    @Test
    void firstWienerSachtextformel() {
        // MS = 2/9 three-syllable words, SL = 4.5, IW = 2/9 long words, ES = 5/9 one-syllable words:
        // 0.1935 * 22.222 + 0.1672 * 4.5 + 0.1297 * 22.222 - 0.0327 * 55.556 - 0.875
        assertThat(Readability.of(TWO_SENTENCES, 25).wienerSachtext()).isCloseTo(5.24295, within(1e-4));
    }

    @Test
    void flagsTheSentencesOverTheLimit() {
        var figures = Readability.of(TWO_SENTENCES, 4);

        assertThat(figures.longSentences()).singleElement().satisfies(sentence -> {
            assertThat(sentence.text()).isEqualTo("Wir gehen heute gemeinsam einkaufen.");
            assertThat(sentence.words()).isEqualTo(5);
        });
        assertThat(Readability.of(TWO_SENTENCES, 5).longSentences()).isEmpty();
    }

    @Test
    void abbreviationsAndOrdinalsDoNotEndASentence() {
        var figures = Readability.of("Wir treffen uns z. B. am 1. Mai um 10 Uhr. Kommen Sie!", 25);

        assertThat(figures.sentences()).isEqualTo(2);
        assertThat(figures.words()).isEqualTo(13);
    }

    @Test
    void markdownMarkupIsNotCountedAndListItemsAreSentences() {
        var figures = Readability.of("## Anmeldung\n\n- **Bitte** [hier](https://example.org/x) klicken\n- Danke", 25);

        assertThat(figures.sentences()).isEqualTo(3);
        assertThat(figures.words()).isEqualTo(5);
        assertThat(Readability.wordCount("[Link](https://example.org/lang/weg) *und* Text"))
                .isEqualTo(3);
    }

    @Test
    void syllablesAreVowelGroups() {
        assertThat(Readability.syllables("Haus")).isEqualTo(1);
        assertThat(Readability.syllables("Beratung")).isEqualTo(3);
        assertThat(Readability.syllables("Öffnungszeiten")).isEqualTo(4);
        assertThat(Readability.syllables("Psst")).isEqualTo(1);
    }

    @Test
    void emptyTextHasNoFigures() {
        assertThat(Readability.of("  ", 15).empty()).isTrue();
        assertThat(Readability.wordCount("")).isZero();
    }
}
