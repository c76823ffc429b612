/** The back-office pages of the translation work: overview, side-by-side editor, languages, XLIFF. */
@NullMarked
package de.mosaik.shared.web.translation;

import org.jspecify.annotations.NullMarked;
