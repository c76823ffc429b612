package de.mosaik.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Bar chart labels are wrapped, never cut, and shares can be of a whole the rows overlap in. */
class BarChartTests {

    @Test
    void labelsStandOnTheirOwnLinesInFullAndLongOnesWrapBetweenWords() {
        var long_ = "Fachkräfte der Offenen Ganztagsschulen und der Schulsozialarbeit im Kreisgebiet Düren";
        var chart = BarChart.of(
                "c",
                List.of("Mitarbeitende der Kreisverwaltung", long_, "x".repeat(130)),
                List.of(3, 2, 1),
                Locale.GERMAN);

        var first = chart.bars().get(0);
        assertThat(first.labelLines())
                .extracting(BarChart.LabelLine::text)
                .containsExactly("Mitarbeitende der Kreisverwaltung");
        assertThat(first.labelLines().get(0).y()).isLessThan(first.y());
        var wrapped = chart.bars().get(1).labelLines();
        assertThat(wrapped)
                .hasSizeGreaterThan(1)
                .allSatisfy(line -> assertThat(line.text().length()).isLessThanOrEqualTo(BarChart.LINE_CHARS));
        assertThat(String.join(
                        " ", wrapped.stream().map(BarChart.LabelLine::text).toList()))
                .isEqualTo(long_);
        assertThat(String.join(
                        "",
                        chart.bars().get(2).labelLines().stream()
                                .map(BarChart.LabelLine::text)
                                .toList()))
                .isEqualTo("x".repeat(130));
        // Rows do not overlap: each bar lies below its own label and above the next label.
        for (int i = 1; i < chart.bars().size(); i++) {
            var previous = chart.bars().get(i - 1);
            assertThat(chart.bars().get(i).labelLines().get(0).y() - 14)
                    .isGreaterThan(previous.y() + chart.barHeight());
        }
        assertThat(chart.height()).isGreaterThan(chart.bars().get(2).y() + chart.barHeight());
        assertThat(chart.bars())
                .allSatisfy(bar ->
                        assertThat(bar.valueX() + 8 * bar.value().length()).isLessThanOrEqualTo(chart.width()));
    }

    @Test
    void sharesOfAGivenWholeNeedNotAddUpToOneHundred() {
        var chart = BarChart.of("c", List.of("A", "B"), List.of(2, 2), 3, Locale.GERMAN);

        assertThat(chart.bars()).extracting(BarChart.Bar::value).containsExactly("2 (67 %)", "2 (67 %)");
        assertThat(BarChart.of("c", List.of("A", "B"), List.of(1, 3), Locale.GERMAN)
                        .bars())
                .extracting(BarChart.Bar::percent)
                .containsExactly(25, 75);
    }
}
