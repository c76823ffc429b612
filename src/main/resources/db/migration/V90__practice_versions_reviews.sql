-- The writing and review side of the practice library: who wrote an example (kept on the row, so that the
-- review mails reach them in their language without reading another module's tables), every saved version
-- with a snapshot, each network's quality criteria, the reviews with their comments, and the links of an
-- example to the recommendations it implements.
alter table practice.example
    add column author_name     varchar(200) not null default '',
    add column author_email    varchar(254) not null default '',
    -- the language the author used the back office in when they last saved: de or en
    add column author_language varchar(10)  not null default 'de',
    -- when the yearly "still current?" question was last mailed
    add column confirmation_requested_on date;

create index example_tenant_idx on practice.example (tenant_id);
create index example_author_idx on practice.example (author_account_id);

create table practice.example_version (
    id             uuid primary key,
    example_id     uuid        not null references practice.example (id) on delete cascade,
    -- the example's version column after this save
    number         integer     not null,
    changed_by     uuid        references identity.account (id) on delete set null,
    changed_by_name varchar(200) not null default '',
    changed_at     timestamptz not null default now(),
    -- names of the form fields that differ from the version before (all of them for the first)
    changed_fields text[]      not null default '{}',
    -- the example's fields as saved, for the history and to see what changed
    snapshot       jsonb       not null,
    unique (example_id, number)
);

-- A network's checklist for reviewing examples ("klare Ziele", "evaluiert", "übertragbar" …).
create table practice.criterion (
    id         uuid primary key,
    network_id uuid         not null references networks.network (id) on delete cascade,
    label      varchar(200) not null check (btrim(label) <> ''),
    position   integer      not null default 0,
    created_at timestamptz  not null default now()
);
create index criterion_network_idx on practice.criterion (network_id, position);

-- One decision of a network's editor on a submitted example, with the criteria ticked (their labels at the
-- time, so that a later change of the checklist does not rewrite the past) and the comment to the author.
create table practice.review (
    id                  uuid primary key,
    example_id          uuid         not null references practice.example (id) on delete cascade,
    network_id          uuid         not null references networks.network (id),
    reviewer_account_id uuid         references identity.account (id) on delete set null,
    reviewer_name       varchar(200) not null default '',
    decision            varchar(20)  not null check (decision in ('CHANGES_REQUESTED', 'PUBLISHED')),
    criteria_met        text[]       not null default '{}',
    comment             text         not null default '',
    decided_at          timestamptz  not null default now()
);
create index review_example_idx on practice.review (example_id, decided_at);

-- Recommendations of a network that an example implements; the recommendation lives in the networks module,
-- so only its id is kept here (no foreign key across modules).
create table practice.example_recommendation (
    example_id        uuid not null references practice.example (id) on delete cascade,
    recommendation_id uuid not null,
    primary key (example_id, recommendation_id)
);
