package de.mosaik.networks.domain;

import java.util.List;
import java.util.Map;

/**
 * A network's figures for one calendar year: member bodies at its end, bodies that joined and left,
 * meetings held, recommendations adopted that year by their status today, and practice examples
 * published that year with their views. No person is counted here; delegates present per body come
 * from the meetings' attendance.
 */
public record NetworkYear(
        int year,
        int members,
        int joined,
        int left,
        int meetings,
        Map<String, Integer> recommendationsByStatus,
        int examplesPublished,
        long examplesViewed) {

    /** The statuses in the order of their course, for tables and charts. */
    public static final List<String> STATUSES = List.of("ADOPTED", "IN_PROGRESS", "IMPLEMENTED", "DROPPED");

    public int recommendations(String status) {
        return recommendationsByStatus.getOrDefault(status, 0);
    }

    public int recommendationsAdopted() {
        return recommendationsByStatus.values().stream()
                .mapToInt(Integer::intValue)
                .sum();
    }
}
