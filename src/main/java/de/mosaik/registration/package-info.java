/**
 * Registrations for events without an account: seat or waitlist place decided in PostgreSQL,
 * e-mail confirmation, approval, personal links, move-up from the waitlist, and the mails about it.
 *
 * <p>Published views (ADR 0018), created by registration's migrations:
 * <ul>
 *   <li>{@code registration.v_person_address} (registration_id, tenant_id, email_normalized): the normalised
 *       address of each of a tenant's registrations. Privacy and reporting forget what they keep about an address
 *       once no registration uses it any more; privacy finds the registrations of a proven address by it.
 * </ul>
 */
@ApplicationModule(
        allowedDependencies = {"attendance", "certificates", "events", "identity", "mail", "programmes", "shared"})
@NullMarked
package de.mosaik.registration;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
