/**
 * A person's own record: anyone who registered with a tenant requests a link by e-mail and sees
 * their registrations, attendance and what other modules add about them, without a password.
 */
@ApplicationModule(allowedDependencies = {"identity", "mail", "privacy", "registration", "shared"})
@NullMarked
package de.mosaik.selfservice;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
