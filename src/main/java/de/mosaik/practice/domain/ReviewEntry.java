package de.mosaik.practice.domain;

import de.mosaik.practice.PracticeStatus;
import java.time.Instant;
import java.util.List;

/** One decision of a reviewer on an example, with the criteria ticked and the comment to the author. */
public record ReviewEntry(
        String reviewerName, PracticeStatus decision, List<String> criteriaMet, String comment, Instant decidedAt) {}
