-- One row per feedback invitation sent, without any link to the person or registration, so that
-- the invited count and the response rate of a report survive the deletion of the invitations
-- together with their registrations.
create table reporting.invitation_fact (
    id                   bigserial    primary key,
    tenant_id            uuid         not null references identity.tenant (id),
    event_id             uuid         not null,
    sent_on              date         not null
);
create index invitation_fact_event_idx on reporting.invitation_fact (tenant_id, event_id);

create function reporting.invitation_sent() returns trigger
    language plpgsql as $$
begin
    insert into reporting.invitation_fact (tenant_id, event_id, sent_on)
    values (new.tenant_id, new.event_id, (new.sent_at at time zone 'Europe/Berlin')::date);
    return null;
end $$;
create trigger invitation_fact_sent
    after insert on feedback.invitation for each row execute function reporting.invitation_sent();

insert into reporting.invitation_fact (tenant_id, event_id, sent_on)
select tenant_id, event_id, (sent_at at time zone 'Europe/Berlin')::date from feedback.invitation;
