/**
 * Trainings, Fachtage and other events of a tenant: their sessions, venues, speakers and
 * vocabularies, the public catalogue and the seat counter that registration draws from.
 *
 * <p>Published views (ADR 0018; created by {@code V40__events_published_views.sql}), for
 * set-based reads of other modules:
 * <ul>
 *   <li>{@code events.v_event}: the events (id, tenant, title, status, first start, last end, the
 *       name of their format) with {@code draft} and {@code cancelled}, so that consumers need not
 *       spell a status; appended by {@code V48__events_format_and_topics_published.sql}, the keys of
 *       their format and topics ({@code format_id}, {@code topic_ids}); and appended by
 *       {@code V58__events_published_changes_and_questions.sql}, {@code updated_at}, when the event last changed
 *       (privacy's retention asks it of cancelled and draft events);
 *   <li>{@code events.v_event_topic}: the names of each event's topics in the tenant's order;
 *   <li>{@code events.v_event_speaker}: the names of each event's speakers in the event's order;
 *   <li>{@code events.v_event_trainer}: the accounts that run an event as one of its speakers — the
 *       rule {@link de.mosaik.events.EventStaff} answers for single checks, written once;
 *   <li>{@code events.v_session}: the sessions of each event (times, position, online) with the
 *       name, room and city of their venue;
 *   <li>{@code events.v_question} (created by {@code V58__events_published_changes_and_questions.sql}): the
 *       registration questions of each event (id, tenant, event, position, kind, label), by which privacy's
 *       access export names the answers a registration stores by question id.
 * </ul>
 *
 * <p>Its triggers tell reporting when an event's start, format or topics or a session's times change, through
 * the function {@code reporting.fn_event_changed} that reporting publishes
 * ({@code V52__events_reporting_triggers.sql}, ADR 0012).
 */
@ApplicationModule(allowedDependencies = {"identity", "shared"})
@NullMarked
package de.mosaik.events;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
