/**
 * Reports for councils and funders: persons trained, participations, hours and events for a period
 * and cut-off date, counted from pseudonymous facts that outlive the deletion of personal data.
 *
 * <p>Published functions (ADR 0018; created by {@code V49__reporting_published_fact_functions.sql}). The facts are
 * kept exact by triggers (ADR 0012) that live in the migrations of the modules whose tables they watch; their
 * trigger functions tell reporting what changed by calling these with plain values, in the transaction of the
 * change. The functions read other modules only through their published views.
 * <ul>
 *   <li>{@code reporting.fn_participation_changed(registration_id, changed_at)}: the registration or one of its
 *       marks changed; a new version of its participation fact, known from the Berlin day of {@code changed_at}
 *       (not later than today), when anything a report counts differs. Called by registration's and attendance's
 *       triggers;
 *   <li>{@code reporting.fn_event_changed(event_id)}: the event's start, format or topics or a session's times
 *       changed; every participation of the event is looked at again, known from now. Called by events' triggers;
 *   <li>{@code reporting.fn_registration_deleted(tenant_id, registration_id, email_normalized)}: called after the
 *       registration's row is deleted; its facts are unlinked, a pseudonym no registration uses any more is
 *       replaced by a random one, and the merges of privacy's {@code privacy.v_person_merge} that no registration
 *       uses any more are deleted;
 *   <li>{@code reporting.fn_invitation_sent(tenant_id, event_id, sent_at)}: a feedback invitation was sent; one
 *       invitation fact on its Berlin day, without a link to the person. Called by feedback's trigger.
 * </ul>
 */
@ApplicationModule(allowedDependencies = {"events", "feedback", "identity", "organisations", "shared"})
@NullMarked
package de.mosaik.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
