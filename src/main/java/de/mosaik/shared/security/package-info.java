/** Secrets that cannot be guessed and the hashes under which they are stored. */
@NullMarked
package de.mosaik.shared.security;

import org.jspecify.annotations.NullMarked;
