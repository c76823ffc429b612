-- What the events module publishes for set-based reads of other modules (ADR 0018). Each view is a
-- contract, described in de.mosaik.events' package-info: change it as one. Simple views over one or two
-- tables (left joins on primary keys, which PostgreSQL drops when a query does not use their columns).

-- The events with their dates and the name of their format. draft and cancelled say what the status
-- means for those who only need to know whether the event is (still) offered.
create view events.v_event as
select e.id, e.tenant_id, e.title, e.status, e.status = 'DRAFT' as draft, e.status = 'CANCELLED' as cancelled,
       e.first_starts_at, e.last_ends_at, f.name as format_name
from events.event e
left join events.term f on f.id = e.format_id;

-- The topics of each event by name, in the tenant's order of topics.
create view events.v_event_topic as
select e.id as event_id, e.tenant_id, t.name, t.position
from events.event e
join events.term t on t.id = any (e.topic_ids) and t.tenant_id = e.tenant_id;

-- The speakers of each event by name, in the event's order.
create view events.v_event_speaker as
select es.event_id, sp.tenant_id, sp.name, es.position
from events.event_speaker es
join events.speaker sp on sp.id = es.speaker_id;

-- The rule "a trainer runs an event": the accounts linked to one of the event's speakers. Written
-- once here; events.EventStaff answers it for single checks.
create view events.v_event_trainer as
select es.event_id, sp.tenant_id, sp.account_id
from events.event_speaker es
join events.speaker sp on sp.id = es.speaker_id
where sp.account_id is not null;

-- The sessions (dates) of each event, with the name, room and city of their venue ('' when online only).
create view events.v_session as
select s.id, s.tenant_id, s.event_id, s.position, s.starts_at, s.ends_at, s.online,
       coalesce(v.name, '') as venue_name, coalesce(v.room, '') as venue_room, coalesce(v.city, '') as venue_city
from events.session s
left join events.venue v on v.id = s.venue_id and v.tenant_id = s.tenant_id;
