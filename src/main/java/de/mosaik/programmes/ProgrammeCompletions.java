package de.mosaik.programmes;

import java.util.List;
import java.util.UUID;

/**
 * Who has completed a programme, with what a programme certificate lists: each fulfilled building block
 * with the event that fulfilled it, its dates and hours.
 */
public interface ProgrammeCompletions {

    /** The people who completed the programme, by name; empty for an unknown programme. */
    List<CompletedParticipant> completedParticipants(UUID tenantId, UUID programmeId);
}
