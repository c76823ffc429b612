-- A network's meetings (e.g. twice a year for two days, hosted by a member body) and its register of
-- recommendations (Empfehlungen). The parts around them (sessions, agenda, documents, registration,
-- progress reports) come in their own migrations.
create table networks.meeting (
    id                    uuid primary key,
    network_id            uuid         not null references networks.network (id) on delete cascade,
    title                 varchar(200) not null check (btrim(title) <> ''),
    host_member_id        uuid         references networks.member (id),
    starts_on             date         not null,
    ends_on               date         not null,
    venue                 varchar(300) not null default '',
    address               varchar(300) not null default '',
    travel_notes          text         not null default '',
    -- minutes written in the platform (Markdown); published to the members with a mail
    minutes               text         not null default '',
    minutes_published_at  timestamptz,
    created_at            timestamptz  not null default now(),
    updated_at            timestamptz  not null default now(),
    version               integer      not null default 0,
    check (ends_on >= starts_on)
);
create index meeting_network_idx on networks.meeting (network_id, starts_on);

create table networks.recommendation (
    id                    uuid primary key,
    network_id            uuid         not null references networks.network (id) on delete cascade,
    -- running number within the network, shown as "Empfehlung 3/2024"
    number                integer      not null,
    title                 varchar(300) not null check (btrim(title) <> ''),
    -- German source text (Markdown); translations in shared.translation (owner kind 'recommendation')
    body                  text         not null default '',
    topic                 varchar(200) not null default '',
    addressees            varchar(500) not null default '',
    meeting_id            uuid         references networks.meeting (id) on delete set null,
    status                varchar(20)  not null default 'DRAFT'
        check (status in ('DRAFT', 'ADOPTED', 'IN_PROGRESS', 'IMPLEMENTED', 'DROPPED')),
    -- how far the members got, as the coordination judges it (0–100)
    progress              integer      not null default 0 check (progress between 0 and 100),
    adopted_on            date,
    created_at            timestamptz  not null default now(),
    updated_at            timestamptz  not null default now(),
    version               integer      not null default 0,
    unique (network_id, number)
);
create index recommendation_network_idx on networks.recommendation (network_id, status);
