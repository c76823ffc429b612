/**
 * The platform-wide register of bodies (municipalities with their official key, agencies, universities,
 * foundations, schools, Kitas, clinics, migrant organisations, funders), which other modules name by id
 * through {@link de.mosaik.organisations.Organisations}.
 */
@ApplicationModule(allowedDependencies = {"identity", "shared"})
@NullMarked
package de.mosaik.organisations;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
