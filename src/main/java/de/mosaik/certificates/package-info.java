/**
 * Teilnahmebescheinigungen: the rule per event, issuing, revoking and mailing certificates as
 * accessible, archivable PDFs, their public verification, and printable sign-in sheets.
 */
@ApplicationModule(allowedDependencies = {"events", "identity", "mail", "shared"})
@NullMarked
package de.mosaik.certificates;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
