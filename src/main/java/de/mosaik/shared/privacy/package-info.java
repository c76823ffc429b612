/**
 * What modules share about personal data: the holders of participant data, the retention sweeps of
 * their own tables and the access log.
 */
@NullMarked
package de.mosaik.shared.privacy;

import org.jspecify.annotations.NullMarked;
