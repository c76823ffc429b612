-- Published (events' package-info): v_event gains the keys of the event's format and topics at its end,
-- so that reporting's participation facts (ADR 0012), which keep them as they were on each day, read
-- them through the view instead of the table (ADR 0018). A view may only grow at its end.
create or replace view events.v_event as
select e.id, e.tenant_id, e.title, e.status, e.status = 'DRAFT' as draft, e.status = 'CANCELLED' as cancelled,
       e.first_starts_at, e.last_ends_at, f.name as format_name,
       e.format_id, e.topic_ids
from events.event e
left join events.term f on f.id = e.format_id;
