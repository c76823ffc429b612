/**
 * Public pages: the platform's and each tenant's start page, the tenant's content pages (fields of work and
 * their sub-pages) and news, imprint, privacy and accessibility statement. {@link de.mosaik.portal.PortalContent}
 * writes content for other modules (the demo data).
 */
@ApplicationModule(allowedDependencies = {"events", "identity", "mail", "privacy", "shared"})
@NullMarked
package de.mosaik.portal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
