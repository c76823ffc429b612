package de.mosaik.practice.web;

import de.mosaik.practice.domain.PracticeExample;
import java.util.List;

/** An author's examples at one place. */
public record PracticeListPage(Place place, List<PracticeExample> examples) {}
