/**
 * Data protection of participants: persons and their merges, access exports, erasure, retention
 * periods with the nightly deletion, the archive offer and the log of who accessed personal data.
 */
@NullMarked
package de.mosaik.privacy;

import org.jspecify.annotations.NullMarked;
