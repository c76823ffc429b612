/** Outgoing e-mail through a transactional outbox, and the Postausgang that shows what was sent. */
@ApplicationModule(allowedDependencies = {"shared"})
@NullMarked
package de.mosaik.mail;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
