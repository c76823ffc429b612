/**
 * Networks of bodies across municipalities (Qualitätszirkel, Kreisnetzwerk, Arbeitskreis): member bodies from
 * the organisations register, delegates, meetings, recommendations with their follow-up, and dialogue.
 * A network belongs to no tenant; {@link de.mosaik.networks.Networks} tells other modules who takes part.
 * {@link de.mosaik.networks.MeetingDocuments} tells them which documents a meeting has (kept in the database,
 * their type told by content) and attaches documents written elsewhere.
 *
 * <p>Published view (ADR 0018; created by {@code V96__networks_event_offers.sql}):
 * <ul>
 *   <li>{@code networks.v_registration_employer} (registration_id, tenant_id, organisation_id): the member body a
 *       participant of an event offered to a network named as employer (null: another body), for reporting's
 *       facts ("persons trained per city"). Its trigger tells reporting through
 *       {@code reporting.fn_participation_changed}.
 * </ul>
 */
@ApplicationModule(allowedDependencies = {"events", "identity", "mail", "organisations", "registration", "shared"})
@NullMarked
package de.mosaik.networks;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
