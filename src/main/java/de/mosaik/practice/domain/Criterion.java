package de.mosaik.practice.domain;

import java.util.UUID;

/** One quality criterion of a network's checklist for reviewing examples. */
public record Criterion(UUID id, String label, int position) {}
