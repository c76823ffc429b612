package de.mosaik.programmes.web;

/**
 * Where the progress matrix page stands among its pages: {@code current} of {@code pages}, each of
 * {@code size} persons, {@code count} persons in all (after the filter).
 */
public record ProgressPaging(int current, int pages, int size, int count) {

    /** Number of the first person shown, counted from 1; 0 when there is none. */
    public int first() {
        return count == 0 ? 0 : (current - 1) * size + 1;
    }

    public int last() {
        return Math.min(count, current * size);
    }

    /** The matrix address for {@code page}, keeping the state filter. */
    public static String link(String base, String state, int page) {
        return base + "/fortschritt?" + (state.isEmpty() ? "" : "stand=" + state + "&") + "seite=" + page;
    }
}
