/** Tenants, accounts, roles and login: who may do what in which municipal body. */
@NullMarked
package de.mosaik.identity;

import org.jspecify.annotations.NullMarked;
