package de.mosaik.practice.domain;

import java.time.Instant;
import java.util.List;

/** One saved version of an example: its number, who saved it when, and which fields changed. */
public record ExampleVersion(int number, String changedByName, Instant changedAt, List<String> changedFields) {}
