package de.mosaik.programmes.domain;

import de.mosaik.shared.text.BerlinTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Decides from a programme's building blocks and the events a person attended which building blocks are fulfilled
 * and whether the programme is complete: all required building blocks and at least the asked number of
 * optional ones, counting only events held within the programme's period.
 *
 * <p>One attended event fulfils at most one building block, even when staff assigned it to two: a certificate
 * must not list the same day twice. Which building block it serves is chosen so that as many required
 * building blocks as possible are fulfilled, then as many optional ones (a bipartite matching that takes the
 * building blocks in that order and never gives up a building block once fulfilled).
 */
public final class CompletionPolicy {

    private CompletionPolicy() {}

    /** A building block and the events that fulfil it. */
    public record Rule(UUID buildingBlockId, boolean required, Set<UUID> eventIds) {}

    /** An event the person attended in full, with its first start and last end. */
    public record Attendance(UUID eventId, Instant startsAt, Instant endsAt) {}

    /** The programme's period, both days included, in Europe/Berlin. */
    public record Period(LocalDate from, LocalDate until) {

        public boolean contains(Attendance attendance) {
            var first = attendance.startsAt().atZone(BerlinTime.ZONE).toLocalDate();
            var last = attendance.endsAt().atZone(BerlinTime.ZONE).toLocalDate();
            return !first.isBefore(from) && !last.isAfter(until);
        }
    }

    /**
     * What the person has and what is missing: the event that fulfils each fulfilled building block, the
     * required building blocks still open, and how many more optional building blocks are needed.
     */
    public record Decision(
            Map<UUID, UUID> fulfilledBy,
            List<UUID> missingRequired,
            int optionalFulfilled,
            int optionalMissing,
            boolean complete) {

        public boolean fulfilled(UUID buildingBlockId) {
            return fulfilledBy.containsKey(buildingBlockId);
        }
    }

    public static Decision decide(
            List<Rule> buildingBlocks, int optionalNeeded, Period period, Collection<Attendance> attended) {
        var counted = attended.stream()
                .filter(period::contains)
                .sorted(Comparator.comparing(Attendance::startsAt).thenComparing(Attendance::eventId))
                .map(Attendance::eventId)
                .distinct()
                .toList();
        var order = new ArrayList<Rule>();
        buildingBlocks.stream().filter(Rule::required).forEach(order::add);
        buildingBlocks.stream().filter(m -> !m.required()).forEach(order::add);

        var candidates = new ArrayList<List<UUID>>();
        for (var buildingBlock : order) {
            candidates.add(
                    counted.stream().filter(buildingBlock.eventIds()::contains).toList());
        }
        var owner = new HashMap<UUID, Integer>();
        for (int m = 0; m < order.size(); m++) {
            assign(m, candidates, owner, new HashSet<>());
        }

        var byBuildingBlock = new HashMap<Integer, UUID>();
        owner.forEach((event, buildingBlock) -> byBuildingBlock.put(buildingBlock, event));
        var fulfilledBy = new LinkedHashMap<UUID, UUID>();
        var missingRequired = new ArrayList<UUID>();
        int optionalFulfilled = 0;
        for (var buildingBlock : buildingBlocks) {
            int index = order.indexOf(buildingBlock);
            var event = byBuildingBlock.get(index);
            if (event != null) {
                fulfilledBy.put(buildingBlock.buildingBlockId(), event);
                if (!buildingBlock.required()) {
                    optionalFulfilled++;
                }
            } else if (buildingBlock.required()) {
                missingRequired.add(buildingBlock.buildingBlockId());
            }
        }
        int optionalMissing = Math.max(0, optionalNeeded - optionalFulfilled);
        boolean complete = !buildingBlocks.isEmpty() && missingRequired.isEmpty() && optionalMissing == 0;
        return new Decision(fulfilledBy, List.copyOf(missingRequired), optionalFulfilled, optionalMissing, complete);
    }

    /** Kuhn's augmenting path: takes a free event or moves the building block holding one to another of its events. */
    private static boolean assign(
            int buildingBlock, List<List<UUID>> candidates, Map<UUID, Integer> owner, Set<UUID> seen) {
        for (var event : candidates.get(buildingBlock)) {
            if (!seen.add(event)) {
                continue;
            }
            var holder = owner.get(event);
            if (holder == null || assign(holder, candidates, owner, seen)) {
                owner.put(event, buildingBlock);
                return true;
            }
        }
        return false;
    }
}
