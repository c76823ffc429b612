/**
 * Anonymous feedback on events: invitations after the last session, a form per personal link whose
 * answers are stored without any link to the person, and results with accessible charts and exports.
 */
@ApplicationModule(allowedDependencies = {"events", "identity", "mail", "shared"})
@NullMarked
package de.mosaik.feedback;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
