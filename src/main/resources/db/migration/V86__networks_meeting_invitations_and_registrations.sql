-- Who was invited to a meeting and when (one invitation mail per delegate), who registered for it (a
-- delegate and at most one colleague of the same body each; a quota per body), and who was present in
-- which session. Registrations are counted per body while the member row is locked, so that concurrent
-- registrations never exceed the quota.
create table networks.meeting_invitation (
    meeting_id   uuid        not null references networks.meeting (id) on delete cascade,
    delegate_id  uuid        not null references networks.delegate (id) on delete cascade,
    invited_at   timestamptz not null default now(),
    primary key (meeting_id, delegate_id)
);

create table networks.meeting_registration (
    id                uuid primary key,
    meeting_id        uuid         not null references networks.meeting (id) on delete cascade,
    member_id         uuid         not null references networks.member (id) on delete cascade,
    -- the delegate's own account; null for a colleague the delegate registered
    account_id        uuid         references identity.account (id) on delete cascade,
    registered_by     uuid         references identity.account (id) on delete set null,
    given_name        varchar(100) not null check (btrim(given_name) <> ''),
    family_name       varchar(100) not null check (btrim(family_name) <> ''),
    email             varchar(254) not null,
    email_normalized  varchar(254) not null,
    created_at        timestamptz  not null default now(),
    unique (meeting_id, email_normalized)
);
create index meeting_registration_member_idx on networks.meeting_registration (meeting_id, member_id);
create index meeting_registration_account_idx on networks.meeting_registration (account_id);
create index meeting_registration_by_idx on networks.meeting_registration (registered_by);

create table networks.meeting_attendance (
    registration_id  uuid        not null references networks.meeting_registration (id) on delete cascade,
    session_id       uuid        not null references networks.meeting_session (id) on delete cascade,
    present          boolean     not null,
    marked_at        timestamptz not null default now(),
    primary key (registration_id, session_id)
);
