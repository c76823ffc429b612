package de.mosaik.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of a column chart drawn as inline SVG on the server, for a trend over time: one
 * column per period with its label below and its value written above, so that it reads without
 * colours. {@link #summary()} is its text alternative; a data table follows every chart.
 */
public record ColumnChart(String id, List<Column> columns, int width, int height) {

    static final int HEIGHT = 260;
    static final int TOP = 28;
    static final int AXIS_Y = 220;
    static final int SLOT = 72;
    static final int COLUMN = 44;
    static final int LEFT = 16;

    /** One column: label, value and where it is drawn. */
    public record Column(String label, long value, String text, int x, int y, int columnHeight, int centreX) {}

    public static ColumnChart of(String id, List<String> labels, List<Long> values, Locale locale) {
        long max = values.stream().mapToLong(Long::longValue).max().orElse(0);
        var columns = new ArrayList<Column>();
        for (int i = 0; i < labels.size(); i++) {
            long value = i < values.size() ? values.get(i) : 0;
            int height = max == 0 ? 0 : (int) Math.max(value == 0 ? 0 : 2, (AXIS_Y - TOP) * value / max);
            int x = LEFT + i * SLOT + (SLOT - COLUMN) / 2;
            columns.add(new Column(
                    labels.get(i),
                    value,
                    String.format(locale, "%,d", value),
                    x,
                    AXIS_Y - height,
                    height,
                    x + COLUMN / 2));
        }
        return new ColumnChart(id, columns, Math.max(320, 2 * LEFT + labels.size() * SLOT), HEIGHT);
    }

    public int columnWidth() {
        return COLUMN;
    }

    public int axisY() {
        return AXIS_Y;
    }

    public int labelY() {
        return AXIS_Y + 20;
    }

    public String viewBox() {
        return "0 0 " + width + " " + height;
    }

    /** Every period with its value, for screen readers. */
    public String summary() {
        var parts = new ArrayList<String>();
        for (var column : columns) {
            parts.add(column.label() + ": " + column.text());
        }
        return String.join("; ", parts);
    }
}
