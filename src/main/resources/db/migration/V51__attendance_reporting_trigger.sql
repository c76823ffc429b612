-- The trigger that keeps reporting's participation facts exact when a mark is taken or changed
-- (ADR 0012) moves from reporting's V18 into attendance's own migration (ADR 0018): attendance's
-- function reads its own row and tells reporting through the function reporting publishes.

-- A mark's own recorded_at tells when it became known (the paper sheet entered later keeps its day);
-- a change that does not set it is known from now.
create function attendance.report_mark_changed() returns trigger
    language plpgsql as $$
begin
    perform reporting.fn_participation_changed(new.registration_id, case
        when tg_op = 'INSERT' then new.recorded_at
        when new.recorded_at is distinct from old.recorded_at then new.recorded_at
        else now() end);
    return null;
end $$;

drop trigger participation_fact_mark on attendance.mark;
create trigger participation_fact_mark
    after insert or update on attendance.mark for each row execute function attendance.report_mark_changed();

-- Deleting registrations cascades to the corrections of their marks; without this index every deleted
-- registration would scan them whole. V25 of registration created it on attendance's table; attendance
-- owns it from here on, unchanged.
drop index attendance.mark_change_registration_idx;
create index mark_change_registration_idx on attendance.mark_change (registration_id);
