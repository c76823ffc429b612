package de.mosaik.portal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The tree's visibility rules and the text diff, at their edges, without Spring. */
class PageTreeAndDiffTests {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

    @Test
    void aPageIsPublicFromItsPublicationTimeOnAndOnlyUnderPublicParents() {
        var field = page(null, "feld", PageStatus.PUBLISHED, NOW);
        var sub = page(field.id(), "unter", PageStatus.PUBLISHED, null);
        var tree = new PageTree(List.of(field, sub));
        assertThat(tree.isPublic(field, NOW)).isTrue();
        assertThat(tree.isPublic(field, NOW.minus(1, ChronoUnit.SECONDS))).isFalse();
        assertThat(tree.isPublic(sub, NOW.minus(1, ChronoUnit.SECONDS))).isFalse();
        assertThat(tree.isPublic(sub, NOW)).isTrue();
        assertThat(tree.ancestors(sub)).containsExactly(field);
        assertThat(tree.publicChildren(null, NOW)).containsExactly(field);
    }

    @Test
    void aPageCannotMoveBelowItselfOrItsSubPages() {
        var field = page(null, "feld", PageStatus.DRAFT, null);
        var sub = page(field.id(), "unter", PageStatus.DRAFT, null);
        var other = page(null, "anderes", PageStatus.DRAFT, null);
        var tree = new PageTree(List.of(field, sub, other));
        assertThat(tree.mayBeParentOf(field.id(), field.id())).isFalse();
        assertThat(tree.mayBeParentOf(sub.id(), field.id())).isFalse();
        assertThat(tree.mayBeParentOf(other.id(), field.id())).isTrue();
        assertThat(tree.outline()).extracting(PageTree.Entry::depth).containsExactly(0, 0, 1);
    }

    @Test
    void theReviewIsDueOnItsDay() {
        var day = LocalDate.of(2026, 12, 7);
        var due = new Page(UUID.randomUUID(), null, 0, "p", "P", "", "", PageStatus.DRAFT, null, day, 1, NOW);
        assertThat(due.reviewDue(day.minusDays(1))).isFalse();
        assertThat(due.reviewDue(day)).isTrue();
    }

    @Test
    void theDiffKeepsCommonLinesAndMarksRemovedAndAdded() {
        var diff = TextDiff.between("eins\n\nzwei\n\ndrei", "eins\n\nZWEI\n\ndrei\n\nvier");
        assertThat(diff)
                .containsExactly(
                        new TextDiff.Line(TextDiff.Kind.SAME, "eins"),
                        new TextDiff.Line(TextDiff.Kind.REMOVED, "zwei"),
                        new TextDiff.Line(TextDiff.Kind.ADDED, "ZWEI"),
                        new TextDiff.Line(TextDiff.Kind.SAME, "drei"),
                        new TextDiff.Line(TextDiff.Kind.ADDED, "vier"));
        assertThat(TextDiff.changed(TextDiff.between("a\r\nb", "a\nb"))).isFalse();
        assertThat(TextDiff.between("", "neu")).containsExactly(new TextDiff.Line(TextDiff.Kind.ADDED, "neu"));
    }

    private static Page page(@Nullable UUID parent, String slug, PageStatus status, @Nullable Instant publishAt) {
        return new Page(UUID.randomUUID(), parent, 0, slug, slug, "", "", status, publishAt, null, 1, NOW);
    }
}
