/** Accessible, archivable PDF documents rendered from XHTML templates, and QR codes for them. */
@NullMarked
package de.mosaik.shared.pdf;

import org.jspecify.annotations.NullMarked;
