/**
 * Registrations for events without an account: seat or waitlist place decided in PostgreSQL,
 * e-mail confirmation, approval, personal links, move-up from the waitlist, and the mails about it.
 */
@ApplicationModule(
        allowedDependencies = {"attendance", "certificates", "events", "identity", "mail", "programmes", "shared"})
@NullMarked
package de.mosaik.registration;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
