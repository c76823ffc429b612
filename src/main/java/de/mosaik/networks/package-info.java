/**
 * Networks of bodies across municipalities (Qualitätszirkel, Kreisnetzwerk, Arbeitskreis): member bodies from
 * the organisations register, delegates, meetings, recommendations with their follow-up, and dialogue.
 * A network belongs to no tenant; {@link de.mosaik.networks.Networks} tells other modules who takes part.
 * {@link de.mosaik.networks.MeetingDocuments} tells them which documents a meeting has (kept in the database,
 * their type told by content) and attaches documents written elsewhere.
 */
@ApplicationModule(allowedDependencies = {"events", "identity", "mail", "organisations", "shared"})
@NullMarked
package de.mosaik.networks;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
