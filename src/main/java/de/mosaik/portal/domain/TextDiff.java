package de.mosaik.portal.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The difference between two versions of a text, line by line (a Markdown paragraph is a line), as a
 * reader of the history needs it: which lines were removed, which added, which stayed.
 */
public final class TextDiff {

    /** Longer texts are compared as one block, so that a huge paste cannot make the history page slow. */
    private static final int MAX_LINES = 2000;

    private TextDiff() {}

    public enum Kind {
        SAME,
        REMOVED,
        ADDED
    }

    public record Line(Kind kind, String text) {}

    public static List<Line> between(String before, String after) {
        var a = lines(before);
        var b = lines(after);
        if (a.size() > MAX_LINES || b.size() > MAX_LINES) {
            return before.equals(after)
                    ? List.of(new Line(Kind.SAME, after))
                    : List.of(new Line(Kind.REMOVED, before), new Line(Kind.ADDED, after));
        }
        // Longest common subsequence from the end, then walk it from the start.
        var common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j))
                        ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        var result = new ArrayList<Line>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                result.add(new Line(Kind.SAME, a.get(i)));
                i++;
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                result.add(new Line(Kind.REMOVED, a.get(i++)));
            } else {
                result.add(new Line(Kind.ADDED, b.get(j++)));
            }
        }
        while (i < a.size()) {
            result.add(new Line(Kind.REMOVED, a.get(i++)));
        }
        while (j < b.size()) {
            result.add(new Line(Kind.ADDED, b.get(j++)));
        }
        return result;
    }

    public static boolean changed(List<Line> diff) {
        return diff.stream().anyMatch(line -> line.kind() != Kind.SAME);
    }

    private static List<String> lines(String text) {
        var normalized = text.replace("\r\n", "\n").strip();
        if (normalized.isEmpty()) {
            return List.of();
        }
        return normalized.lines().filter(line -> !line.isBlank()).toList();
    }
}
