-- Two additions to what the events module publishes (ADR 0018; described in de.mosaik.events' package-info).
-- Behaviour of every existing read is unchanged: a view may only gain columns at its end.

-- When the event last changed: privacy's retention lets a cancelled or draft event's registrations
-- expire once neither the event nor the registration has changed for the period.
create or replace view events.v_event as
select e.id, e.tenant_id, e.title, e.status, e.status = 'DRAFT' as draft, e.status = 'CANCELLED' as cancelled,
       e.first_starts_at, e.last_ends_at, f.name as format_name,
       e.format_id, e.topic_ids, e.updated_at
from events.event e
left join events.term f on f.id = e.format_id;

-- The registration questions of each event (label and kind), so that an access export can name the
-- answers a registration stores by question id.
create view events.v_question as
select id, tenant_id, event_id, position, kind, label
from events.question;
