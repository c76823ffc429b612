/**
 * The tenant's translation work over every module's translatable texts ({@code TranslatableContent}): the
 * overview of what is missing or outdated, the side-by-side editor's saving, the tenant's languages and the XLIFF
 * round trip with translation agencies (ADR 0014). It knows no module: owners answer through the interface.
 */
@NullMarked
package de.mosaik.shared.translation.work;

import org.jspecify.annotations.NullMarked;
