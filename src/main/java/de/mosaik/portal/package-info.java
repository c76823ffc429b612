/** Public pages: the platform's and each tenant's start page, imprint, privacy and accessibility statement. */
@ApplicationModule(allowedDependencies = {"events", "identity", "mail", "privacy", "shared"})
@NullMarked
package de.mosaik.portal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
