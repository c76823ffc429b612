package de.mosaik.programmes.domain;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.programmes.domain.CompletionPolicy.Attendance;
import de.mosaik.programmes.domain.CompletionPolicy.Period;
import de.mosaik.programmes.domain.CompletionPolicy.Rule;
import de.mosaik.shared.text.BerlinTime;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CompletionPolicyTests {

    static final Period YEAR = new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

    final UUID grundlagen = UUID.randomUUID();
    final UUID empowerment = UUID.randomUUID();
    final UUID konflikt = UUID.randomUUID();
    final UUID festvortrag = UUID.randomUUID();
    final UUID fachtag = UUID.randomUUID();

    final UUID eventA = UUID.randomUUID();
    final UUID eventB = UUID.randomUUID();
    final UUID eventC = UUID.randomUUID();
    final UUID eventD = UUID.randomUUID();
    final UUID eventE = UUID.randomUUID();

    List<Rule> konstanz() {
        return List.of(
                new Rule(grundlagen, true, Set.of(eventA)),
                new Rule(empowerment, true, Set.of(eventB)),
                new Rule(konflikt, true, Set.of(eventC)),
                new Rule(festvortrag, false, Set.of(eventD)),
                new Rule(fachtag, false, Set.of(eventE)));
    }

    static Attendance on(UUID event, int month, int day) {
        var start = LocalDateTime.of(2026, month, day, 9, 0).atZone(BerlinTime.ZONE);
        return new Attendance(event, start.toInstant(), start.plusHours(6).toInstant());
    }

    @Test
    void aProgrammeWithoutBuildingBlocksIsNeverComplete() {
        var decision = CompletionPolicy.decide(List.of(), 0, YEAR, List.of(on(eventA, 3, 2)));

        assertThat(decision.complete()).isFalse();
        assertThat(decision.fulfilledBy()).isEmpty();
        assertThat(decision.missingRequired()).isEmpty();
    }

    @Test
    void allRequiredAndEnoughOptionalBuildingBlocksComplete() {
        var decision = CompletionPolicy.decide(
                konstanz(), 1, YEAR, List.of(on(eventA, 2, 3), on(eventB, 3, 4), on(eventC, 4, 5), on(eventE, 5, 6)));

        assertThat(decision.complete()).isTrue();
        assertThat(decision.fulfilledBy())
                .containsEntry(grundlagen, eventA)
                .containsEntry(fachtag, eventE)
                .doesNotContainKey(festvortrag);
        assertThat(decision.optionalMissing()).isZero();
    }

    @Test
    void reportsTheMissingRequiredAndOptionalBuildingBlocks() {
        var decision = CompletionPolicy.decide(konstanz(), 1, YEAR, List.of(on(eventA, 2, 3), on(eventC, 4, 5)));

        assertThat(decision.complete()).isFalse();
        assertThat(decision.missingRequired()).containsExactly(empowerment);
        assertThat(decision.optionalFulfilled()).isZero();
        assertThat(decision.optionalMissing()).isEqualTo(1);
    }

    @Test
    void requiredBuildingBlocksAloneAreNotEnoughWhenOptionalOnesAreAsked() {
        var decision = CompletionPolicy.decide(
                konstanz(), 1, YEAR, List.of(on(eventA, 2, 3), on(eventB, 3, 4), on(eventC, 4, 5)));

        assertThat(decision.complete()).isFalse();
        assertThat(decision.missingRequired()).isEmpty();
        assertThat(decision.optionalMissing()).isEqualTo(1);
    }

    @Test
    void moreOptionalBuildingBlocksThanNeededStillComplete() {
        var decision = CompletionPolicy.decide(
                konstanz(),
                1,
                YEAR,
                List.of(on(eventA, 2, 3), on(eventB, 3, 4), on(eventC, 4, 5), on(eventD, 5, 6), on(eventE, 6, 7)));

        assertThat(decision.complete()).isTrue();
        assertThat(decision.optionalFulfilled()).isEqualTo(2);
        assertThat(decision.optionalMissing()).isZero();
    }

    @Test
    void onlyOptionalBuildingBlocksCompleteWithTheAskedNumber() {
        var buildingBlocks =
                List.of(new Rule(festvortrag, false, Set.of(eventD)), new Rule(fachtag, false, Set.of(eventE)));

        assertThat(CompletionPolicy.decide(buildingBlocks, 2, YEAR, List.of(on(eventD, 5, 6)))
                        .complete())
                .isFalse();
        assertThat(CompletionPolicy.decide(buildingBlocks, 1, YEAR, List.of(on(eventD, 5, 6)))
                        .complete())
                .isTrue();
        // Zero optional modules asked and no required module: there is nothing to achieve but taking part.
        assertThat(CompletionPolicy.decide(buildingBlocks, 0, YEAR, List.of()).complete())
                .isTrue();
    }

    @Test
    void moreOptionalBuildingBlocksAskedThanThereAreCanNeverBeMet() {
        var buildingBlocks =
                List.of(new Rule(grundlagen, true, Set.of(eventA)), new Rule(fachtag, false, Set.of(eventE)));

        var decision = CompletionPolicy.decide(buildingBlocks, 2, YEAR, List.of(on(eventA, 2, 3), on(eventE, 3, 3)));

        assertThat(decision.complete()).isFalse();
        assertThat(decision.optionalMissing()).isEqualTo(1);
    }

    @Test
    void countsEventsOnTheFirstAndLastDayOfThePeriodButNotBeyond() {
        var buildingBlocks = List.of(new Rule(grundlagen, true, Set.of(eventA, eventB)));

        assertThat(CompletionPolicy.decide(buildingBlocks, 0, YEAR, List.of(on(eventA, 1, 1)))
                        .complete())
                .isTrue();
        assertThat(CompletionPolicy.decide(buildingBlocks, 0, YEAR, List.of(on(eventA, 12, 31)))
                        .complete())
                .isTrue();
        var lateDecember = new Attendance(
                eventB,
                LocalDateTime.of(2025, 12, 31, 23, 0).atZone(BerlinTime.ZONE).toInstant(),
                LocalDateTime.of(2026, 1, 1, 1, 0).atZone(BerlinTime.ZONE).toInstant());
        assertThat(CompletionPolicy.decide(buildingBlocks, 0, YEAR, List.of(lateDecember))
                        .complete())
                .as("an event that starts before the period")
                .isFalse();
        var nextYear = new Attendance(
                eventB,
                LocalDateTime.of(2026, 12, 31, 20, 0).atZone(BerlinTime.ZONE).toInstant(),
                LocalDateTime.of(2027, 1, 1, 2, 0).atZone(BerlinTime.ZONE).toInstant());
        assertThat(CompletionPolicy.decide(buildingBlocks, 0, YEAR, List.of(nextYear))
                        .complete())
                .as("an event that ends after the period")
                .isFalse();
    }

    @Test
    void theDayBoundaryIsBerlinTimeNotUtc() {
        var buildingBlocks = List.of(new Rule(grundlagen, true, Set.of(eventA)));
        // 00:30 in Berlin on 1 January is still 31 December in UTC.
        var newYearsNight = LocalDateTime.of(2026, 1, 1, 0, 30).atZone(BerlinTime.ZONE);
        var attendance = new Attendance(
                eventA, newYearsNight.toInstant(), newYearsNight.plusHours(1).toInstant());

        assertThat(CompletionPolicy.decide(buildingBlocks, 0, YEAR, List.of(attendance))
                        .complete())
                .isTrue();
    }

    @Test
    void oneEventAssignedToTwoBuildingBlocksFulfilsOnlyOne() {
        var buildingBlocks =
                List.of(new Rule(grundlagen, true, Set.of(eventA)), new Rule(konflikt, true, Set.of(eventA, eventC)));

        var once = CompletionPolicy.decide(buildingBlocks, 0, YEAR, List.of(on(eventA, 2, 3)));
        assertThat(once.fulfilledBy()).hasSize(1);
        assertThat(once.complete()).isFalse();

        var twice = CompletionPolicy.decide(buildingBlocks, 0, YEAR, List.of(on(eventA, 2, 3), on(eventC, 4, 5)));
        assertThat(twice.complete()).isTrue();
        assertThat(twice.fulfilledBy()).containsEntry(grundlagen, eventA).containsEntry(konflikt, eventC);
    }

    @Test
    void aSharedEventGoesToTheBuildingBlockThatHasNoOtherWay() {
        // The first module could take A or C; A must go to the second, which has only A.
        var buildingBlocks =
                List.of(new Rule(grundlagen, true, Set.of(eventA, eventC)), new Rule(konflikt, true, Set.of(eventA)));

        var decision = CompletionPolicy.decide(buildingBlocks, 0, YEAR, List.of(on(eventA, 2, 3), on(eventC, 4, 5)));

        assertThat(decision.complete()).isTrue();
        assertThat(decision.fulfilledBy()).containsEntry(grundlagen, eventC).containsEntry(konflikt, eventA);
    }

    @Test
    void aSharedEventServesARequiredBuildingBlockBeforeAnOptionalOne() {
        var buildingBlocks =
                List.of(new Rule(festvortrag, false, Set.of(eventD)), new Rule(grundlagen, true, Set.of(eventD)));

        var decision = CompletionPolicy.decide(buildingBlocks, 0, YEAR, List.of(on(eventD, 2, 3)));

        assertThat(decision.fulfilledBy()).containsOnlyKeys(grundlagen);
        assertThat(decision.complete()).isTrue();
    }

    @Test
    void theEarliestOfSeveralAttendedEventsFulfilsABuildingBlock() {
        var buildingBlocks = List.of(new Rule(grundlagen, true, Set.of(eventA, eventB)));

        var decision = CompletionPolicy.decide(buildingBlocks, 0, YEAR, List.of(on(eventB, 6, 1), on(eventA, 2, 1)));

        assertThat(decision.fulfilledBy()).containsEntry(grundlagen, eventA);
    }

    @Test
    void eventsOfNoBuildingBlockAndRepeatedAttendancesChangeNothing() {
        var decision = CompletionPolicy.decide(
                konstanz(), 0, YEAR, List.of(on(UUID.randomUUID(), 2, 3), on(eventA, 2, 3), on(eventA, 2, 3)));

        assertThat(decision.fulfilledBy()).containsOnlyKeys(grundlagen);
        assertThat(decision.missingRequired()).containsExactly(empowerment, konflikt);
    }
}
