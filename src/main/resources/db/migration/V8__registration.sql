create schema if not exists registration;

-- Orders the waitlist across the whole installation; only the relative order within one event matters.
create sequence registration.waitlist_order;

create table registration.registration (
    id                       uuid primary key,
    tenant_id                uuid         not null references identity.tenant (id),
    event_id                 uuid         not null references events.event (id),
    status                   varchar(25)  not null check (status in (
        'PENDING_CONFIRMATION', 'PENDING_APPROVAL', 'CONFIRMED', 'WAITLISTED',
        'CANCELLED', 'DECLINED', 'EXPIRED')),
    given_name               varchar(100) not null,
    family_name              varchar(100) not null,
    email                    varchar(254) not null,
    email_normalized         varchar(254) not null,
    institution              varchar(200) not null default '',
    target_group_id          uuid references events.term (id),
    -- question id -> answer text, as given at registration
    answers                  jsonb        not null default '{}'::jsonb,
    -- sensitive (health-related) data in the sense of Art. 9 DSGVO: shown only to staff of the event
    accessibility_needs      varchar(1000) not null default '',
    consent_text             text         not null,
    consent_version          integer      not null,
    consented_at             timestamptz  not null,
    locale                   varchar(10)  not null default 'de',
    source                   varchar(10)  not null check (source in ('WEB', 'API', 'GROUP', 'STAFF')),
    group_id                 uuid,
    idempotency_key          varchar(100) not null,
    -- The personal link's secret. Kept readable because every later mail (moved up, reminder,
    -- change) repeats the same link; whoever can read this table can read the registration anyway.
    manage_token             varchar(64)  not null unique,
    email_confirmed          boolean      not null default false,
    hold_until               timestamptz,
    waitlist_seq             bigint,
    reminded_at              timestamptz,
    cancelled_at             timestamptz,
    cancelled_by             varchar(12) check (cancelled_by in ('PARTICIPANT', 'STAFF', 'EVENT')),
    created_at               timestamptz  not null default now(),
    updated_at               timestamptz  not null default now(),
    version                  integer      not null default 0,
    unique (event_id, idempotency_key),
    check (status <> 'WAITLISTED' or waitlist_seq is not null),
    check (status <> 'PENDING_CONFIRMATION' or hold_until is not null)
);
-- One live registration per e-mail address and event; cancelled ones don't block a new attempt.
create unique index registration_one_per_email_idx on registration.registration (event_id, email_normalized)
    where status in ('PENDING_CONFIRMATION', 'PENDING_APPROVAL', 'CONFIRMED', 'WAITLISTED');
create index registration_event_idx on registration.registration (tenant_id, event_id, status);
create index registration_waitlist_idx on registration.registration (event_id, waitlist_seq) where status = 'WAITLISTED';
create index registration_hold_idx on registration.registration (hold_until) where status = 'PENDING_CONFIRMATION';

-- Who changed a registration and how (staff edits, moves, cancellations), for the event's staff.
create table registration.registration_change (
    id                   bigserial    primary key,
    tenant_id            uuid         not null references identity.tenant (id),
    registration_id      uuid         not null references registration.registration (id) on delete cascade,
    changed_at           timestamptz  not null default now(),
    account_id           uuid,
    account_name         varchar(200) not null,
    description          varchar(1000) not null
);
create index registration_change_idx on registration.registration_change (registration_id, changed_at desc);
