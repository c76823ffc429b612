/**
 * Data protection of participants: persons and their merges, access exports, erasure, retention
 * periods with the nightly deletion, the archive offer and the log of who accessed personal data.
 *
 * <p>Published views (ADR 0018), created by privacy's migrations:
 * <ul>
 *   <li>{@code privacy.v_person_merge} (tenant_id, alias_email, canonical_email): which address of a tenant staff
 *       merged into which. Reporting counts an alias's participations for the canonical address, and its
 *       registration deletion trigger deletes through it the merges whose addresses no registration uses any more
 *       (ADR 0012), in the deleting transaction. Certificates asks it, too, before it forgets a programme
 *       certificate holder's address that no registration uses any more.
 * </ul>
 *
 * <p>The nightly retention decides when; each module deletes what is due in its own tables through
 * {@link de.mosaik.shared.privacy.RetentionSweep}. Registrations, events, marks and certificates are read
 * through their owners' published views and root APIs, the pseudonyms through {@link
 * de.mosaik.reporting.PersonKeys}.
 */
@ApplicationModule(
        allowedDependencies = {
            "attendance",
            "certificates",
            "identity",
            "programmes",
            "registration",
            "reporting",
            "shared"
        })
@NullMarked
package de.mosaik.privacy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
