package de.mosaik.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of a horizontal bar chart drawn as inline SVG on the server: one row per answer
 * with its label on its own line(s) above the bar, a bar as long as its share and the count with
 * the percentage written beside it, so that the chart can be read without telling colours apart.
 * Labels are wrapped between words, never cut: names such as "Mitarbeitende der Kreisverwaltung"
 * must stay readable in full. {@link #summary()} is its text alternative; a data table follows
 * every chart. Used by the feedback results and the period reports.
 */
public record BarChart(String id, List<Bar> bars, int width, int height) {

    static final int WIDTH = 640;
    /** Room to the right of the longest bar for its value, e.g. "12.345 (100 %)". */
    static final int BAR_SPACE = 500;

    static final int BAR = 24;
    static final int LINE = 18;
    static final int GAP = 14;
    static final int TOP = 8;
    /** Characters per label line: at 14 px sans-serif even wide letters fit the chart's width. */
    static final int LINE_CHARS = 60;

    /** One line of a label and the baseline it is drawn on. */
    public record LabelLine(String text, int y) {}

    /** One bar: label (whole and as lines), count, share in percent and where it is drawn. */
    public record Bar(
            String label,
            List<LabelLine> labelLines,
            int count,
            int percent,
            int y,
            int barWidth,
            int textY,
            int valueX,
            String value) {}

    /** Shares of the sum of the counts: for answers that each count once, so the shares add up. */
    public static BarChart of(String id, List<String> labels, List<Integer> counts, Locale locale) {
        return of(
                id, labels, counts, counts.stream().mapToInt(Integer::intValue).sum(), locale);
    }

    /**
     * Shares of a given whole, for counts that may overlap (a person counted in several rows): the
     * shares then need not add up to 100 %.
     */
    public static BarChart of(String id, List<String> labels, List<Integer> counts, long whole, Locale locale) {
        int max = counts.stream().mapToInt(Integer::intValue).max().orElse(0);
        var bars = new ArrayList<Bar>();
        int y = TOP;
        for (int i = 0; i < labels.size(); i++) {
            int count = i < counts.size() ? counts.get(i) : 0;
            int percent = whole == 0 ? 0 : (int) Math.round(100.0 * count / whole);
            int width = max == 0 ? 0 : Math.max(count == 0 ? 0 : 2, BAR_SPACE * count / max);
            var lines = new ArrayList<LabelLine>();
            for (var text : wrap(labels.get(i), LINE_CHARS)) {
                y += LINE;
                lines.add(new LabelLine(text, y - 4));
            }
            int barY = y + 4;
            bars.add(new Bar(
                    labels.get(i),
                    List.copyOf(lines),
                    count,
                    percent,
                    barY,
                    width,
                    barY + BAR / 2 + 5,
                    width + 8,
                    String.format(locale, "%d (%d %%)", count, percent)));
            y = barY + BAR + GAP;
        }
        return new BarChart(id, List.copyOf(bars), WIDTH, y);
    }

    /**
     * A label in lines of at most {@code chars} characters, broken between words; a single word
     * longer than a line is split, so that no character is ever left out.
     */
    static List<String> wrap(String label, int chars) {
        var lines = new ArrayList<String>();
        var line = new StringBuilder();
        for (var word : label.strip().split("\\s+")) {
            while (word.length() > chars) {
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, chars));
                word = word.substring(chars);
            }
            if (!line.isEmpty() && line.length() + 1 + word.length() > chars) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    public int barX() {
        return 0;
    }

    public int barHeight() {
        return BAR;
    }

    public String viewBox() {
        return "0 0 " + width + " " + height;
    }

    /** Every answer with its count and share, for screen readers. */
    public String summary() {
        var parts = new ArrayList<String>();
        for (var bar : bars) {
            parts.add(bar.label() + ": " + bar.value());
        }
        return String.join("; ", parts);
    }
}
