package de.mosaik.portal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a visitor types becomes a query PostgreSQL can take, and the excerpt comes back in escaped parts. */
class SearchQueryTests {

    @Test
    void controlCharactersAndSpacesAreTidiedAndNothingIsNoQuery() {
        assertThat(SearchQuery.of("  Beratung\u0000\t in\n Duisburg ")
                        .orElseThrow()
                        .text())
                .isEqualTo("Beratung in Duisburg");
        assertThat(SearchQuery.of(" \u0001 ")).isEmpty();
    }

    @Test
    void overlongQueriesAreRefusedByCodePoints() {
        assertThat(SearchQuery.of("a".repeat(SearchQuery.MAX_LENGTH))
                        .orElseThrow()
                        .tooLong())
                .isFalse();
        assertThat(SearchQuery.of("a".repeat(SearchQuery.MAX_LENGTH + 1))
                        .orElseThrow()
                        .tooLong())
                .isTrue();
        assertThat(SearchQuery.of("😀".repeat(SearchQuery.MAX_LENGTH))
                        .orElseThrow()
                        .tooLong())
                .as("an emoji is one character, though two Java chars")
                .isFalse();
    }

    @Test
    void onlyShortQueriesWithEnoughLettersTolerateTypos() {
        assertThat(SearchQuery.of("Schulberatng").orElseThrow().tolerateTypos()).isTrue();
        assertThat(SearchQuery.of("Rat").orElseThrow().tolerateTypos()).isFalse();
        assertThat(SearchQuery.of("Beratung für neue Familien").orElseThrow().tolerateTypos())
                .isFalse();
    }

    @Test
    void theExcerptIsSplitAtTheMarksAroundTheFoundWords() {
        assertThat(SearchRanking.parts("Die \u0001Beratung\u0002 ist <frei> & \u0001gut\u0002"))
                .containsExactly(
                        new SearchHit.Part("Die ", false),
                        new SearchHit.Part("Beratung", true),
                        new SearchHit.Part(" ist <frei> & ", false),
                        new SearchHit.Part("gut", true));
        assertThat(SearchRanking.parts("")).isEqualTo(List.of());
    }
}
