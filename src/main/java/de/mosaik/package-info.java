/** Mosaik: a platform for the integration work of German municipalities. */
@NullMarked
package de.mosaik;

import org.jspecify.annotations.NullMarked;
