-- The triggers that keep reporting's participation facts exact (ADR 0012) move from reporting's V18 into
-- registration's own migration (ADR 0018): registration's functions read its own rows and tell reporting
-- what changed through the functions reporting publishes, with plain values, so reporting names no
-- column of this table. Same names, same events and columns, same order of firing as before.

-- A change's own timestamp tells when it became known (demo data and imports carry historic ones);
-- statements that do not set it are known from now.
create function registration.report_registration_changed() returns trigger
    language plpgsql as $$
begin
    perform reporting.fn_participation_changed(new.id, case
        when tg_op = 'INSERT' then new.created_at
        when new.updated_at is distinct from old.updated_at then new.updated_at
        else now() end);
    return null;
end $$;

drop trigger participation_fact_registration on registration.registration;
create trigger participation_fact_registration
    after insert or update of status, target_group_id, institution, email_normalized, event_id
    on registration.registration for each row execute function registration.report_registration_changed();

-- Deleting a registration (retention, erasure) keeps its facts but unlinks them, in the same transaction.
create function registration.report_registration_deleted() returns trigger
    language plpgsql as $$
begin
    perform reporting.fn_registration_deleted(old.tenant_id, old.id, old.email_normalized);
    return null;
end $$;

drop trigger participation_fact_registration_deleted on registration.registration;
create trigger participation_fact_registration_deleted
    after delete on registration.registration for each row execute function registration.report_registration_deleted();

-- Finding a person's registrations by address (facts, merges, erasure). V18 of reporting created this
-- index on registration's table; registration owns it from here on, unchanged.
drop index registration.registration_tenant_email_idx;
create index registration_tenant_email_idx on registration.registration (tenant_id, email_normalized);
