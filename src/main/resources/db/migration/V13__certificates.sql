create schema if not exists certificates;

-- When an event's participants earn a certificate, and who signs it. Without a row the default
-- applies: all sessions attended, signer and place left to the tenant's defaults.
create table certificates.rule (
    event_id             uuid         primary key references events.event (id) on delete cascade,
    tenant_id            uuid         not null references identity.tenant (id),
    threshold            varchar(20)  not null default 'ALL_SESSIONS'
        check (threshold in ('ALL_SESSIONS', 'MIN_PERCENT_HOURS')),
    min_percent          integer      not null default 80 check (min_percent between 1 and 100),
    -- Unterrichtseinheiten as counted by the funder; null = derived from the hours (45 minutes each)
    teaching_units       numeric(5, 1) check (teaching_units is null or teaching_units > 0),
    signer_name          varchar(200) not null default '',
    signer_role          varchar(200) not null default '',
    place                varchar(100) not null default '',
    version              integer      not null default 0
);

-- Signer and place a tenant usually puts on its certificates.
create table certificates.tenant_defaults (
    tenant_id            uuid         primary key references identity.tenant (id),
    signer_name          varchar(200) not null default '',
    signer_role          varchar(200) not null default '',
    place                varchar(100) not null default ''
);

-- An issued Teilnahmebescheinigung. The content is a snapshot taken at issue, so the document
-- stays the same when the event is edited later; the PDF is rendered from it on demand.
create table certificates.certificate (
    id                       uuid primary key,
    tenant_id                uuid         not null references identity.tenant (id),
    -- random, shown on the document and the key of the public verification page
    number                   varchar(24)  not null unique,
    kind                     varchar(10)  not null check (kind in ('EVENT', 'PROGRAMME')),
    event_id                 uuid references events.event (id) on delete set null,
    -- the programmes module's id; no foreign key, so that the two modules' schemas stay independent
    programme_id             uuid,
    registration_id          uuid references registration.registration (id) on delete set null,
    holder_name              varchar(250) not null,
    holder_email             varchar(254) not null,
    holder_email_normalized  varchar(254) not null,
    locale                   varchar(5)   not null check (locale in ('de', 'en')),
    content                  jsonb        not null,
    issued_at                timestamptz  not null default now(),
    issued_by                uuid,
    issued_by_name           varchar(200) not null,
    revoked_at               timestamptz,
    revoked_by               uuid,
    revoked_by_name          varchar(200),
    revoked_reason           varchar(1000),
    check (revoked_at is null or (revoked_reason is not null and revoked_reason <> ''))
);
-- One valid certificate per registration: issuing twice changes nothing; after a revocation a new one may follow.
create unique index certificate_one_valid_per_registration on certificates.certificate (event_id, registration_id)
    where kind = 'EVENT' and revoked_at is null;
-- One valid programme certificate per programme and person (by normalised e-mail address).
create unique index certificate_one_valid_per_programme on certificates.certificate (programme_id, holder_email_normalized)
    where kind = 'PROGRAMME' and revoked_at is null;
create index certificate_event_idx on certificates.certificate (tenant_id, event_id);
create index certificate_holder_idx on certificates.certificate (tenant_id, holder_email_normalized);
