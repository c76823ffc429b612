/**
 * Teilnahmebescheinigungen: the rule per event, issuing, revoking and mailing certificates as
 * accessible, archivable PDFs, their public verification, and printable sign-in sheets.
 */
@NullMarked
package de.mosaik.certificates;

import org.jspecify.annotations.NullMarked;
