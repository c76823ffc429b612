/** Public pages: the platform's and each tenant's start page, imprint, privacy and accessibility statement. */
@NullMarked
package de.mosaik.portal;

import org.jspecify.annotations.NullMarked;
