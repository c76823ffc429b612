/**
 * Translatable text written by staff: German is the source; each translation has its own status
 * and remembers the revision of the German text it was made from, so that a later change of the
 * source marks it outdated. Modules keep their German texts; translations live in one table.
 */
@NullMarked
package de.mosaik.shared.translation;

import org.jspecify.annotations.NullMarked;
