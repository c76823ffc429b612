-- A meeting's registrations run through the registration module (ADR 0020): a tenant — the host body's, or a
-- member tenant the coordination picks — holds a closed event for the meeting, and is the data controller of
-- its registrations. Networks keeps only which event belongs to the meeting, which event session mirrors each
-- meeting session, and for each registration the member body and the delegate it was made by (for the quota
-- per body and the statistics per body). The tables of its own registrations and attendance were never
-- released and hold nothing to move.
alter table networks.meeting
    add column registration_tenant_id uuid references identity.tenant (id),
    add column event_id               uuid references events.event (id) on delete set null;

alter table networks.meeting_session
    add column event_session_id uuid references events.session (id) on delete set null;

create table networks.meeting_registrant (
    registration_id  uuid        primary key references registration.registration (id) on delete cascade,
    meeting_id       uuid        not null references networks.meeting (id) on delete cascade,
    member_id        uuid        not null references networks.member (id) on delete cascade,
    -- the delegate's own account when they registered themself; null for a colleague they registered
    account_id       uuid        references identity.account (id) on delete set null,
    registered_by    uuid        references identity.account (id) on delete set null,
    created_at       timestamptz not null default now()
);
create index meeting_registrant_member_idx on networks.meeting_registrant (meeting_id, member_id);
create index meeting_registrant_account_idx on networks.meeting_registrant (account_id);
create index meeting_registrant_by_idx on networks.meeting_registrant (registered_by);

drop table networks.meeting_attendance;
drop table networks.meeting_registration;
