/**
 * Data protection of participants: persons and their merges, access exports, erasure, retention
 * periods with the nightly deletion, the archive offer and the log of who accessed personal data.
 */
@ApplicationModule(allowedDependencies = {"attendance", "identity", "programmes", "registration", "shared"})
@NullMarked
package de.mosaik.privacy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
