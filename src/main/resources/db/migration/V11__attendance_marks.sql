create schema if not exists attendance;

-- Whether a registered person took part in one session of an event. A missing row means
-- "not taken yet"; ABSENT is an explicit mark. Only confirmed registrations get marks.
create table attendance.mark (
    tenant_id            uuid         not null references identity.tenant (id),
    event_id             uuid         not null references events.event (id) on delete cascade,
    session_id           uuid         not null references events.session (id) on delete cascade,
    registration_id      uuid         not null references registration.registration (id) on delete cascade,
    status               varchar(10)  not null check (status in ('ATTENDED', 'EXCUSED', 'ABSENT')),
    note                 varchar(500) not null default '',
    -- how the mark was taken: trainer's list, personal QR code, room code, entry from the paper sheet
    source               varchar(10)  not null check (source in ('LIST', 'QR', 'SELF', 'SHEET')),
    recorded_at          timestamptz  not null default now(),
    recorded_by          uuid,
    recorded_by_name     varchar(200) not null,
    version              integer      not null default 0,
    primary key (session_id, registration_id)
);
create index mark_registration_idx on attendance.mark (registration_id);
create index mark_event_idx on attendance.mark (tenant_id, event_id);

-- Every change of a mark, so that late corrections ("forgot to sign") show who changed what and when.
create table attendance.mark_change (
    id                   bigserial    primary key,
    tenant_id            uuid         not null references identity.tenant (id),
    event_id             uuid         not null references events.event (id) on delete cascade,
    session_id           uuid         not null references events.session (id) on delete cascade,
    registration_id      uuid         not null references registration.registration (id) on delete cascade,
    previous_status      varchar(10),
    status               varchar(10)  not null,
    note                 varchar(500) not null default '',
    source               varchar(10)  not null,
    -- recorded after the session had ended
    late                 boolean      not null,
    changed_at           timestamptz  not null default now(),
    account_id           uuid,
    account_name         varchar(200) not null
);
create index mark_change_event_idx on attendance.mark_change (tenant_id, event_id, changed_at desc);
