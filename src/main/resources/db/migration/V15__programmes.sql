create schema if not exists programmes;

-- A training programme (Fortbildungsreihe) of a tenant. Only events held within the period count
-- towards it; it is complete with all required modules and at least optional_needed optional ones.
create table programmes.programme (
    id                   uuid primary key,
    tenant_id            uuid         not null references identity.tenant (id),
    title                varchar(300) not null,
    description          text         not null default '',
    valid_from           date         not null,
    valid_until          date         not null,
    optional_needed      integer      not null default 0 check (optional_needed between 0 and 50),
    version              integer      not null default 0,
    created_at           timestamptz  not null default now(),
    updated_at           timestamptz  not null default now(),
    check (valid_until >= valid_from)
);
create index programme_tenant_idx on programmes.programme (tenant_id, valid_from desc);

-- A competence module (Kompetenzbaustein), fulfilled by attending one of its events.
create table programmes.module (
    id                   uuid primary key,
    programme_id         uuid         not null references programmes.programme (id) on delete cascade,
    tenant_id            uuid         not null references identity.tenant (id),
    title                varchar(300) not null,
    description          text         not null default '',
    required             boolean      not null default true,
    position             integer      not null,
    -- shown on the certificate; null = the hours of the attended event's sessions
    hours                numeric(5, 1) check (hours is null or hours > 0),
    version              integer      not null default 0
);
create index module_programme_idx on programmes.module (programme_id, position);

-- The events that fulfil a module; one event may serve modules of several programmes.
create table programmes.module_event (
    module_id            uuid         not null references programmes.module (id) on delete cascade,
    event_id             uuid         not null references events.event (id) on delete cascade,
    tenant_id            uuid         not null references identity.tenant (id),
    primary key (module_id, event_id)
);
create index module_event_event_idx on programmes.module_event (tenant_id, event_id);
