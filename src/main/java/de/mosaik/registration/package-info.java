/**
 * Registrations for events without an account: seat or waitlist place decided in PostgreSQL,
 * e-mail confirmation, approval, personal links, move-up from the waitlist, and the mails about it.
 *
 * <p>Published views (ADR 0018; created by {@code V39__registration_published_views.sql}), for
 * set-based reads of modules that cannot call this module's Java API:
 * <ul>
 *   <li>{@code registration.v_registration}: every registration (id, tenant, event, status, name,
 *       e-mail address and its normalised form, institution, language, created) and
 *       {@code counts_as_participant}, which says whether it is a firm participation — consumers ask
 *       this column instead of spelling a status — and, appended by
 *       {@code V47__registration_target_group_published.sql}, {@code target_group_id}, the registration's target
 *       group (a term of events' vocabulary), and by {@code V59__registration_published_changes.sql},
 *       {@code updated_at}, when the registration last changed, for privacy's retention;
 *   <li>{@code registration.v_participant}: the registrations that count as participation, with the
 *       same person columns;
 *   <li>{@code registration.v_registration_link}: the secret of each registration's personal link
 *       ({@code manage_token}), for the pages that link opens in other modules.
 *   <li>{@code registration.v_person_address} (created by {@code V43__registration_person_addresses.sql}) (registration_id, tenant_id, email_normalized): the normalised
 *       address of each of a tenant's registrations. Privacy and reporting forget what they keep about an address
 *       once no registration uses it any more; privacy finds the registrations of a proven address by it.
 * </ul>
 *
 * <p>Its triggers tell reporting when a registration changes or is deleted, through the functions
 * {@code reporting.fn_participation_changed} and {@code reporting.fn_registration_deleted} that reporting
 * publishes ({@code V50__registration_reporting_triggers.sql}, ADR 0012).
 */
@ApplicationModule(
        allowedDependencies = {"attendance", "certificates", "events", "identity", "mail", "programmes", "shared"})
@NullMarked
package de.mosaik.registration;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
