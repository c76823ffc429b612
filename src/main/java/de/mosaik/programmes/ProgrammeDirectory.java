package de.mosaik.programmes;

import java.util.List;
import java.util.UUID;

/** Which programmes an event counts towards, e.g. for a link on a registrant's personal page. */
public interface ProgrammeDirectory {

    List<ProgrammeLink> containing(UUID tenantId, UUID eventId);

    /** A programme by id and title. */
    record ProgrammeLink(UUID id, String title) {}
}
