package de.mosaik.practice.domain;

import de.mosaik.practice.PracticeFields;
import de.mosaik.practice.TargetGroups;
import de.mosaik.shared.translation.ContentLanguage;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A search of the practice library as its address says it: words, the values ticked per facet (a facet's
 * values are alternatives, the facets narrow each other), the order and the page. Built from request
 * parameters by {@link #of}, which drops values no example can have, so that an edited address never fails.
 */
public record LibraryQuery(
        String text,
        Set<String> fields,
        Set<String> targets,
        Set<String> sizes,
        Set<String> states,
        Set<String> fundings,
        Set<Integer> years,
        Set<String> languages,
        Sort sort,
        int page) {

    /** Results per page. */
    public static final int PAGE_SIZE = 20;

    /** Longer words are cut: nobody types more, and the search must stay cheap. */
    public static final int MAX_TEXT = 200;

    /** More values per facet are ignored: a facet never offers more than this many checkboxes. */
    static final int MAX_VALUES = 40;

    /** The size classes of the register's municipalities, in the order the facet lists them. */
    public static final Set<String> SIZE_CLASSES =
            new LinkedHashSet<>(Arrays.asList("SMALL", "MEDIUM", "LARGE", "CITY", "COUNTY"));

    /** The German Bundesländer by their official two-letter code, in the order the facet lists them. */
    public static final Set<String> STATES = new LinkedHashSet<>(Arrays.asList(
            "BW", "BY", "BE", "BB", "HB", "HH", "HE", "MV", "NI", "NW", "RP", "SL", "SN", "ST", "SH", "TH"));

    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

    public enum Sort {
        RELEVANCE("relevanz"),
        NEWEST("neueste");

        private final String parameter;

        Sort(String parameter) {
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }
    }

    public LibraryQuery {
        fields = Set.copyOf(fields);
        targets = Set.copyOf(targets);
        sizes = Set.copyOf(sizes);
        states = Set.copyOf(states);
        fundings = Set.copyOf(fundings);
        years = Set.copyOf(years);
        languages = Set.copyOf(languages);
        page = Math.max(1, page);
    }

    /** Everything published, newest first. */
    public static LibraryQuery all() {
        return of(null, null, null, null, null, null, null, null, null, null);
    }

    public static LibraryQuery of(
            @Nullable String text,
            @Nullable Collection<String> fields,
            @Nullable Collection<String> targets,
            @Nullable Collection<String> sizes,
            @Nullable Collection<String> states,
            @Nullable Collection<String> fundings,
            @Nullable Collection<String> years,
            @Nullable Collection<String> languages,
            @Nullable String sort,
            @Nullable String page) {
        var words = text == null ? "" : text.strip();
        if (words.length() > MAX_TEXT) {
            words = words.substring(0, MAX_TEXT);
        }
        var names = Arrays.stream(PracticeFields.values()).map(Enum::name).collect(Collectors.toSet());
        var groups = Arrays.stream(TargetGroups.values()).map(Enum::name).collect(Collectors.toSet());
        var chosenSort = Arrays.stream(Sort.values())
                .filter(s -> s.parameter.equals(sort))
                .findFirst()
                .orElse(words.isEmpty() ? Sort.NEWEST : Sort.RELEVANCE);
        return new LibraryQuery(
                words,
                pick(fields, names::contains),
                pick(targets, groups::contains),
                pick(sizes, SIZE_CLASSES::contains),
                pick(states, STATES::contains),
                pick(fundings, f -> !f.isBlank() && f.length() <= 200),
                pick(years, y -> YEAR.matcher(y).matches()).stream()
                        .map(Integer::valueOf)
                        .collect(Collectors.toSet()),
                pick(languages, ContentLanguage::valid),
                chosenSort,
                pageNumber(page));
    }

    private static Set<String> pick(@Nullable Collection<String> values, Predicate<String> allowed) {
        if (values == null) {
            return Set.of();
        }
        return values.stream()
                .filter(v -> v != null)
                .map(String::strip)
                .filter(allowed)
                .limit(MAX_VALUES)
                .collect(Collectors.toSet());
    }

    private static int pageNumber(@Nullable String page) {
        if (page == null || !page.matches("\\d{1,6}")) {
            return 1;
        }
        return Integer.parseInt(page);
    }

    public boolean hasText() {
        return !text.isEmpty();
    }

    /** The sort used: relevance needs words; without them the newest come first. */
    public Sort effectiveSort() {
        return hasText() ? sort : Sort.NEWEST;
    }
}
