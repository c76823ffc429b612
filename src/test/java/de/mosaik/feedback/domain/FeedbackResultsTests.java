package de.mosaik.feedback.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.mosaik.shared.text.SpreadsheetCsv;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The arithmetic of the results and the export's protection against formulas, without Spring. */
class FeedbackResultsTests {

    static final FeedbackEvent EVENT =
            new FeedbackEvent(UUID.randomUUID(), UUID.randomUUID(), "Fachtag", "HELD", null, null);

    static Submission response(Integer overall, String comment, Map<String, String> answers) {
        return new Submission(overall, null, 4, null, comment, answers);
    }

    @Test
    void averagesAndDistributionsCountOnlyGivenAnswers() {
        var choice = new FeedbackQuestion(
                UUID.randomUUID(), 0, QuestionKind.CHOICE, "Woher?", List.of("Newsletter", "Kollegium"), false);
        var scale = new FeedbackQuestion(UUID.randomUUID(), 1, QuestionKind.SCALE, "Tempo", List.of(), false);
        var responses = List.of(
                response(
                        5,
                        "Sehr gut",
                        Map.of(choice.id().toString(), "Newsletter", scale.id().toString(), "2")),
                response(4, "", Map.of(choice.id().toString(), "Kollegium")),
                response(4, "  ", Map.of(choice.id().toString(), "Newsletter")),
                response(null, "Mehr Pausen", Map.of(scale.id().toString(), "4")));

        var results = FeedbackResultService.summarise(EVENT, 8, List.of(choice, scale), responses);

        assertThat(results.shown()).isTrue();
        assertThat(results.responded()).isEqualTo(4);
        assertThat(results.responseRate()).isEqualTo(50);
        var overall = results.scales().get(0);
        assertThat(overall.counts()).containsExactly(0, 0, 0, 2, 1);
        assertThat(overall.answered()).isEqualTo(3);
        assertThat(overall.average()).isCloseTo(13.0 / 3, within(1e-9));
        var relevance = results.scales().get(1);
        assertThat(relevance.answered()).isZero();
        assertThat(relevance.average()).isNull();
        var added = results.scales().get(4);
        assertThat(added.label()).isEqualTo("Tempo");
        assertThat(added.counts()).containsExactly(0, 1, 0, 1, 0);
        assertThat(added.average()).isEqualTo(3.0);
        assertThat(results.choices().get(0).counts()).containsExactly(2, 1);
        assertThat(results.texts().get(0).texts()).containsExactly("Sehr gut", "Mehr Pausen");
        assertThat(FeedbackResultService.mean(overall.average(), java.util.Locale.GERMAN))
                .isEqualTo("4,3");
    }

    @Test
    void withFewerThanThreeResponsesOnlyTheCountsAreShown() {
        var results = FeedbackResultService.summarise(
                EVENT, 10, List.of(), List.of(response(1, "Schlecht", Map.of()), response(2, "", Map.of())));

        assertThat(results.shown()).isFalse();
        assertThat(results.responded()).isEqualTo(2);
        assertThat(results.scales()).isEmpty();
        assertThat(results.texts()).isEmpty();
    }

    @Test
    void theExportNeutralisesFormulasAndOpensInGermanSpreadsheets() throws IOException {
        var bytes = SpreadsheetCsv.write(
                List.of("Gesamteindruck", "Kommentar"),
                List.of(
                        List.of("5", "=SUMME(A1:A9)"),
                        List.of("4", "+49 170"),
                        List.of("3", "-teuer"),
                        List.of("2", "@Leitung"),
                        List.of("1", "\tTab"),
                        List.of("1", "\rCR"),
                        List.of("5", "Gut; wirklich")));
        var text = new String(bytes, StandardCharsets.UTF_8);

        assertThat(text).startsWith("\uFEFFGesamteindruck;Kommentar\r\n");
        assertThat(text)
                .contains("5;'=SUMME(A1:A9)")
                .contains("4;'+49 170")
                .contains("3;'-teuer")
                .contains("2;'@Leitung")
                .contains("1;'\tTab")
                .contains("\"Gut; wirklich\"");
        assertThat(SpreadsheetCsv.neutralise("\rCR")).isEqualTo("'\rCR");
    }

    @Test
    void periodsAreLimitedToSensibleYears() {
        assertThat(FeedbackResultService.plausible(java.time.LocalDate.of(2000, 1, 1)))
                .isTrue();
        assertThat(FeedbackResultService.plausible(java.time.LocalDate.of(2100, 12, 31)))
                .isTrue();
        assertThat(FeedbackResultService.plausible(java.time.LocalDate.of(1999, 12, 31)))
                .isFalse();
        assertThat(FeedbackResultService.plausible(java.time.LocalDate.MAX)).isFalse();
        var results = new FeedbackResultService(null);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> results.ofPeriod(
                        UUID.randomUUID(), java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.MAX))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
