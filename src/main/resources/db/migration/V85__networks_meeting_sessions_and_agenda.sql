-- The programme of a network's meeting: its sessions (e.g. day 1 13:00–18:00, day 2 9:00–13:00) and the
-- agenda items of each session. The coordination edits them; a version column refuses stale forms.
create table networks.meeting_session (
    id          uuid primary key,
    meeting_id  uuid         not null references networks.meeting (id) on delete cascade,
    day         date         not null,
    starts_at   time         not null,
    ends_at     time         not null,
    title       varchar(200) not null default '',
    version     integer      not null default 0,
    check (ends_at > starts_at)
);
create index meeting_session_meeting_idx on networks.meeting_session (meeting_id, day, starts_at);

create table networks.meeting_agenda_item (
    id          uuid primary key,
    session_id  uuid         not null references networks.meeting_session (id) on delete cascade,
    starts_at   time,
    title       varchar(300) not null check (btrim(title) <> ''),
    speakers    varchar(500) not null default '',
    -- a link to a document of the meeting or elsewhere (path inside the platform or https address)
    link        varchar(500) not null default '',
    version     integer      not null default 0
);
create index meeting_agenda_item_session_idx on networks.meeting_agenda_item (session_id, starts_at);
