-- The trigger that counts each feedback invitation sent for reporting (ADR 0012) moves from reporting's
-- V24 into feedback's own migration (ADR 0018): feedback's function reads its own row and tells
-- reporting through the function reporting publishes; reporting keeps no link to the person.
create function feedback.report_invitation_sent() returns trigger
    language plpgsql as $$
begin
    perform reporting.fn_invitation_sent(new.tenant_id, new.event_id, new.sent_at);
    return null;
end $$;

drop trigger invitation_fact_sent on feedback.invitation;
create trigger invitation_fact_sent
    after insert on feedback.invitation for each row execute function feedback.report_invitation_sent();
