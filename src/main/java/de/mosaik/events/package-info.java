/**
 * Trainings, Fachtage and other events of a tenant: their sessions, venues, speakers and
 * vocabularies, the public catalogue and the seat counter that registration draws from.
 */
@ApplicationModule(allowedDependencies = {"identity", "shared"})
@NullMarked
package de.mosaik.events;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
