/**
 * Attendance per session of an event: the trainer's list, personal QR check-in passes, the room's
 * self-check-in code, and the record of late corrections.
 *
 * <p>Published view (ADR 0018; created by {@code V41__attendance_published_views.sql}):
 * {@code attendance.v_mark} gives the marks (tenant, event, session, registration, status) and
 * {@code attended}, which says whether the mark counts as presence; no row means "not taken yet".
 *
 * <p>Its trigger tells reporting when a mark is taken or changed, through the function
 * {@code reporting.fn_participation_changed} that reporting publishes
 * ({@code V51__attendance_reporting_trigger.sql}, ADR 0012).
 */
@ApplicationModule(allowedDependencies = {"events", "identity", "shared"})
@NullMarked
package de.mosaik.attendance;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
