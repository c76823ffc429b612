/** Tenants, accounts, roles and login: who may do what in which municipal body. */
@ApplicationModule(allowedDependencies = {"mail", "shared"})
@NullMarked
package de.mosaik.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
