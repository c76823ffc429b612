package de.mosaik.programmes;

import java.util.List;

/**
 * A person who completed a programme: the name and locale of their latest registration with the
 * tenant, and the building blocks in the programme's order.
 */
public record CompletedParticipant(
        String name,
        String email,
        String emailNormalized,
        String locale,
        String programmeTitle,
        List<BuildingBlockLine> buildingBlocks) {}
