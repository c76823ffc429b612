-- The practice library (Praxisbeispiele), open to every municipality: structured records of integration
-- work that succeeded, submitted by a tenant's staff or a network delegate, reviewed by the editors of a
-- network and published only then. Versions, review comments and attachments come in their own migrations.
create schema if not exists practice;

create table practice.example (
    id                    uuid primary key,
    -- stable public address: /praxisbeispiele/{slug}
    slug                  varchar(120) not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    -- the network whose editors review it
    network_id            uuid         not null references networks.network (id),
    -- the tenant whose staff submitted it; null when a network delegate without a tenant did
    tenant_id             uuid         references identity.tenant (id),
    author_account_id     uuid         references identity.account (id) on delete set null,
    -- the municipality (or other body) whose practice it is
    organisation_id       uuid         references organisations.organisation (id),
    -- copied from the register when saved, for the facets: Bundesland and size class of the municipality
    state                 varchar(2)   not null default '',
    size_class            varchar(10)  not null default ''
        check (size_class in ('', 'SMALL', 'MEDIUM', 'LARGE', 'CITY', 'COUNTY')),
    title                 varchar(300) not null check (btrim(title) <> ''),
    summary               text         not null default '',
    field_of_work         varchar(40)  not null default '',
    target_groups         text[]       not null default '{}',
    goals                 text         not null default '',
    approach              text         not null default '',
    resources             text         not null default '',
    funding_programme     varchar(200) not null default '',
    results               text         not null default '',
    lessons_learned       text         not null default '',
    transferability       text         not null default '',
    period_from           date,
    period_to             date,
    contact_name          varchar(200) not null default '',
    contact_email         varchar(254) not null default '',
    -- the contact person agreed to be shown publicly
    contact_consent       boolean      not null default false,
    links                 text         not null default '',
    status                varchar(20)  not null default 'DRAFT'
        check (status in ('DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED', 'PUBLISHED', 'WITHDRAWN')),
    published_at          timestamptz,
    -- the yearly "still current?" confirmation
    confirmed_on          date,
    views                 bigint       not null default 0,
    created_at            timestamptz  not null default now(),
    updated_at            timestamptz  not null default now(),
    version               integer      not null default 0,
    check (period_to is null or period_from is null or period_to >= period_from)
);
create index example_status_idx on practice.example (status, published_at desc);
create index example_network_idx on practice.example (network_id);
