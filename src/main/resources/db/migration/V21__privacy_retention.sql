-- How long a tenant keeps each kind of personal data. Without a row the defaults below apply, so a
-- new tenant is protected from its first day. The ranges are also checked by the settings form,
-- which explains them; the checks here keep a wrong value from ever reaching the nightly job.
create table privacy.retention_settings (
    tenant_id                   uuid         primary key references identity.tenant (id),
    -- registrations and attendance, counted from the end of the event's last session
    registration_months         integer      not null default 24 check (registration_months between 1 and 120),
    -- the certificate register (number, name, event), counted from issue
    certificate_register_years  integer      not null default 10 check (certificate_register_years between 1 and 30),
    -- free-text feedback answers, counted from the end of the event
    feedback_text_months        integer      not null default 12 check (feedback_text_months between 1 and 120),
    -- sent mails in the Postausgang, counted from sending
    sent_mail_days              integer      not null default 90 check (sent_mail_days between 7 and 3650),
    -- the log of who accessed personal data; cleaned up by the access log's own job
    access_log_months           integer      not null default 24 check (access_log_months between 1 and 120),
    -- offer due registrations to the archive before deleting them
    archive_offer               boolean      not null default false,
    archive_decision_days       integer      not null default 90 check (archive_decision_days between 7 and 3650),
    version                     integer      not null default 0
);

-- An event's due registrations offered to the tenant's archive. Deletion waits until the archivist
-- decides or the deadline passes; the row stays as the record of what was offered and decided.
create table privacy.archive_offer (
    id                   uuid         primary key,
    tenant_id            uuid         not null references identity.tenant (id),
    event_id             uuid         not null references events.event (id) on delete cascade,
    offered_at           timestamptz  not null,
    deadline             timestamptz  not null,
    decision             varchar(10)  check (decision in ('ARCHIVED', 'RELEASED')),
    decided_at           timestamptz,
    decided_by_name      varchar(200),
    -- when the nightly job deleted the event's registrations after the decision or the deadline
    erased_at            timestamptz,
    version              integer      not null default 0,
    check ((decision is null) = (decided_at is null))
);
-- One open offer per event: the nightly job may run again (or on another node) without a second one.
create unique index archive_offer_open_idx on privacy.archive_offer (tenant_id, event_id) where decision is null;
create index archive_offer_tenant_idx on privacy.archive_offer (tenant_id, offered_at desc);
