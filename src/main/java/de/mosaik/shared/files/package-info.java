/** Uploaded files: their format told by content, and the names they are stored and downloaded under. */
@NullMarked
package de.mosaik.shared.files;

import org.jspecify.annotations.NullMarked;
