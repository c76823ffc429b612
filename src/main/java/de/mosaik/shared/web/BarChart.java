package de.mosaik.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of a horizontal bar chart drawn as inline SVG on the server: one row per answer
 * with its label, a bar as long as its share and the count with the percentage written beside it,
 * so that the chart can be read without telling colours apart. {@link #summary()} is its text
 * alternative; a data table follows every chart. Used by the feedback results and the period reports.
 */
public record BarChart(String id, List<Bar> bars, int width, int height) {

    static final int WIDTH = 640;
    static final int LABEL_WIDTH = 200;
    static final int BAR_SPACE = 340;
    static final int ROW = 36;
    static final int BAR = 24;

    /** One bar: label, count, share in percent and where it is drawn. */
    public record Bar(String label, int count, int percent, int y, int barWidth, int textY, int valueX, String value) {

        /** Long names (e.g. of target groups) cut short to fit beside the bar; the table has them in full. */
        public String displayLabel() {
            return label.length() <= LABEL_CHARS
                    ? label
                    : label.substring(0, LABEL_CHARS - 1).strip() + "…";
        }
    }

    static final int LABEL_CHARS = 24;

    public static BarChart of(String id, List<String> labels, List<Integer> counts, Locale locale) {
        int total = counts.stream().mapToInt(Integer::intValue).sum();
        int max = counts.stream().mapToInt(Integer::intValue).max().orElse(0);
        var bars = new ArrayList<Bar>();
        for (int i = 0; i < labels.size(); i++) {
            int count = i < counts.size() ? counts.get(i) : 0;
            int percent = total == 0 ? 0 : (int) Math.round(100.0 * count / total);
            int width = max == 0 ? 0 : Math.max(count == 0 ? 0 : 2, BAR_SPACE * count / max);
            int y = 8 + i * ROW;
            bars.add(new Bar(
                    labels.get(i),
                    count,
                    percent,
                    y,
                    width,
                    y + BAR / 2 + 5,
                    LABEL_WIDTH + width + 8,
                    String.format(locale, "%d (%d %%)", count, percent)));
        }
        return new BarChart(id, bars, WIDTH, 16 + labels.size() * ROW);
    }

    public int labelX() {
        return LABEL_WIDTH - 10;
    }

    public int barX() {
        return LABEL_WIDTH;
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
