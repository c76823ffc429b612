package de.mosaik.networks.domain;

import java.time.LocalDate;
import java.util.UUID;

/** A meeting of the network as the recommendation forms offer it. */
public record MeetingOption(UUID id, String title, LocalDate startsOn) {}
