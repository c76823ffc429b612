/**
 * Data protection of participants: persons and their merges, access exports, erasure, retention
 * periods with the nightly deletion, the archive offer and the log of who accessed personal data.
 *
 * <p>Published views (ADR 0018), created by privacy's migrations:
 * <ul>
 *   <li>{@code privacy.v_person_merge} (tenant_id, alias_email, canonical_email): which address of a tenant staff
 *       merged into which. Reporting counts an alias's participations for the canonical address, and its
 *       registration deletion trigger deletes through it the merges whose addresses no registration uses any more
 *       (ADR 0012), in the deleting transaction.
 * </ul>
 */
@ApplicationModule(
        allowedDependencies = {"attendance", "identity", "programmes", "registration", "reporting", "shared"})
@NullMarked
package de.mosaik.privacy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
