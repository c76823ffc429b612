/**
 * The practice library (Praxisbeispiele), open to every municipality: structured records of integration work,
 * submitted by a tenant's staff or a network delegate, reviewed by a network's editors, published platform-wide
 * under {@code /praxisbeispiele}.
 */
@ApplicationModule(allowedDependencies = {"identity", "mail", "networks", "organisations", "shared"})
@NullMarked
package de.mosaik.practice;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
