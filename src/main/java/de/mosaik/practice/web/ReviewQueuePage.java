package de.mosaik.practice.web;

import de.mosaik.practice.domain.PracticeExample;
import java.util.List;

/** What waits for the network's editors, and what they published. */
public record ReviewQueuePage(Place place, List<PracticeExample> submitted, List<PracticeExample> published) {}
