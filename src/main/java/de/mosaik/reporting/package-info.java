/**
 * Reports for councils and funders: persons trained, participations, hours and events for a period
 * and cut-off date, counted from pseudonymous facts that outlive the deletion of personal data.
 */
@ApplicationModule(allowedDependencies = {"events", "feedback", "identity", "shared"})
@NullMarked
package de.mosaik.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
