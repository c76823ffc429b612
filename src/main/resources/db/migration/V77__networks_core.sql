-- Networks of bodies across municipalities (Qualitätszirkel, Kreisnetzwerk, Arbeitskreis). A network
-- belongs to no tenant: its members are bodies of the organisations register, and people take part
-- as delegates of a member body through their own account (a tenant's account, or an external one
-- that belongs to networks only). See docs/adr/0020-networks-across-tenants.md.
create schema if not exists networks;

create table networks.network (
    id                           uuid primary key,
    slug                         varchar(60)  not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name                         varchar(200) not null check (btrim(name) <> ''),
    kind                         varchar(20)  not null
        check (kind in ('QUALITY_CIRCLE', 'COUNTY_NETWORK', 'WORKING_GROUP', 'OTHER')),
    -- German source text (Markdown); translations in shared.translation (owner kind 'network')
    description                  text         not null default '',
    coordinating_organisation_id uuid         references organisations.organisation (id),
    visibility                   varchar(10)  not null default 'MEMBERS' check (visibility in ('PUBLIC', 'MEMBERS')),
    founded_on                   date,
    created_at                   timestamptz  not null default now(),
    updated_at                   timestamptz  not null default now(),
    version                      integer      not null default 0
);

-- A member body of a network, with the dates it joined and left.
create table networks.member (
    id               uuid primary key,
    network_id       uuid        not null references networks.network (id) on delete cascade,
    organisation_id  uuid        not null references organisations.organisation (id),
    joined_on        date        not null default current_date,
    left_on          date,
    -- how many people of this body may register for one meeting; null: no limit
    meeting_quota    integer     check (meeting_quota is null or meeting_quota > 0),
    created_at       timestamptz not null default now(),
    version          integer     not null default 0,
    unique (network_id, organisation_id),
    check (left_on is null or left_on >= joined_on)
);

-- A person taking part in a network: a delegate of a member body, the coordination, or a guest.
create table networks.delegate (
    id               uuid primary key,
    network_id       uuid         not null references networks.network (id) on delete cascade,
    member_id        uuid         references networks.member (id) on delete cascade,
    account_id       uuid         not null references identity.account (id) on delete cascade,
    role             varchar(12)  not null check (role in ('COORDINATOR', 'DELEGATE', 'GUEST')),
    -- reviews practice examples submitted to the network's library
    editor           boolean      not null default false,
    function_title   varchar(200) not null default '',
    phone            varchar(50)  not null default '',
    -- what the person agreed to show to the other members
    show_email       boolean      not null default false,
    show_phone       boolean      not null default false,
    invited_at       timestamptz  not null default now(),
    accepted_at      timestamptz,
    created_at       timestamptz  not null default now(),
    version          integer      not null default 0,
    unique (network_id, account_id),
    -- delegates speak for a member body; coordinators and guests may come without one
    check (role <> 'DELEGATE' or member_id is not null)
);
create index delegate_account_idx on networks.delegate (account_id);
create index member_organisation_idx on networks.member (organisation_id);
