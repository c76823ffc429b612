package de.mosaik.practice.web;

import de.mosaik.practice.domain.PracticeExample;

/** The yearly "still current?" question of one example. */
public record ConfirmPage(Place place, PracticeExample example) {}
