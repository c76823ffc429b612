/**
 * Attendance per session of an event: the trainer's list, personal QR check-in passes, the room's
 * self-check-in code, and the record of late corrections.
 */
@ApplicationModule(allowedDependencies = {"events", "identity", "shared"})
@NullMarked
package de.mosaik.attendance;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
