/**
 * Anonymous feedback on events: invitations after the last session, a form per personal link whose
 * answers are stored without any link to the person, and results with accessible charts and exports.
 *
 * <p>Published view (ADR 0018; created by {@code V46__feedback_published_ratings.sql}):
 * <ul>
 *   <li>{@code feedback.v_rating} (tenant_id, event_id, submitted_on, overall, relevance, trainers,
 *       organisation): the standard ratings of each response, 1 to 5 or null when skipped, without comments or
 *       other answers; reporting averages them per period.
 * </ul>
 *
 * <p>Its trigger tells reporting when an invitation is sent, through the function
 * {@code reporting.fn_invitation_sent} that reporting publishes ({@code V53__feedback_reporting_trigger.sql},
 * ADR 0012).
 */
@ApplicationModule(allowedDependencies = {"events", "identity", "mail", "shared"})
@NullMarked
package de.mosaik.feedback;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
