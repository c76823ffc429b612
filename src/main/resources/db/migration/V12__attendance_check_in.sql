-- A confirmed participant's personal check-in pass: the token in the QR code on their personal page
-- and in their mails. Created on first use; a trainer who scans it marks the person present.
create table attendance.check_in_pass (
    registration_id      uuid         primary key references registration.registration (id) on delete cascade,
    tenant_id            uuid         not null references identity.tenant (id),
    -- 32 random bytes in URL-safe Base64
    token                varchar(64)  not null unique,
    created_at           timestamptz  not null default now()
);
create index check_in_pass_tenant_idx on attendance.check_in_pass (tenant_id);

-- The code a trainer shows in the room (projector) so that participants check themselves in.
-- One per session; it only works while the session runs.
create table attendance.room_code (
    session_id           uuid         primary key references events.session (id) on delete cascade,
    tenant_id            uuid         not null references identity.tenant (id),
    code                 varchar(32)  not null unique,
    opened_by            uuid,
    opened_by_name       varchar(200) not null default '',
    opened_at            timestamptz  not null default now()
);
