-- The triggers that keep reporting's participation facts exact when an event's start, format or topics
-- or a session's times change (ADR 0012) move from reporting's V18 into events' own migration
-- (ADR 0018): events' functions read their own rows and tell reporting which event changed through the
-- function reporting publishes. Same names, same events and conditions as before.

-- A session moved or removed changes the attended hours (a removed session's marks are gone by then).
create function events.report_session_changed() returns trigger
    language plpgsql as $$
begin
    perform reporting.fn_event_changed(case when tg_op = 'DELETE' then old.event_id else new.event_id end);
    return null;
end $$;

drop trigger participation_fact_session on events.session;
create trigger participation_fact_session
    after update of starts_at, ends_at or delete on events.session
    for each row execute function events.report_session_changed();

-- The facts keep the event's start, format and topics as they were on each day.
create function events.report_event_changed() returns trigger
    language plpgsql as $$
begin
    perform reporting.fn_event_changed(new.id);
    return null;
end $$;

drop trigger participation_fact_event on events.event;
create trigger participation_fact_event
    after update of first_starts_at, format_id, topic_ids on events.event for each row
    when (old.first_starts_at is distinct from new.first_starts_at
          or old.format_id is distinct from new.format_id
          or old.topic_ids is distinct from new.topic_ids)
    execute function events.report_event_changed();
