/**
 * Training programmes made of building blocks (Kompetenzbausteine): each building block is fulfilled by
 * attending one of its events, and a person's progress is followed across events by e-mail address.
 */
@ApplicationModule(allowedDependencies = {"certificates", "identity", "shared"})
@NullMarked
package de.mosaik.programmes;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
