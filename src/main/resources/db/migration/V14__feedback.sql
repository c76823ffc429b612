create schema if not exists feedback;

-- Per event: whether participants are asked for feedback, and when the invitations went out.
-- An event without a row asks with the defaults (on). The row is also the lock that lets only one
-- app node send an event's invitations; version guards staff's edits of settings and questions.
create table feedback.settings (
    event_id             uuid         primary key references events.event (id) on delete cascade,
    tenant_id            uuid         not null references identity.tenant (id),
    enabled              boolean      not null default true,
    invited_at           timestamptz,
    version              integer      not null default 0
);

-- Questions staff add to the standard set (overall rating, relevance, trainers, organisation, comment).
create table feedback.question (
    id                   uuid         primary key,
    tenant_id            uuid         not null references identity.tenant (id),
    event_id             uuid         not null references events.event (id) on delete cascade,
    position             integer      not null,
    kind                 varchar(10)  not null check (kind in ('SCALE', 'CHOICE', 'TEXT')),
    label                varchar(500) not null,
    options              varchar(200)[] not null default '{}',
    required             boolean      not null default false
);
create index question_event_idx on feedback.question (tenant_id, event_id, position);

-- One invitation per confirmed registration. Only the hash of the personal link's secret is kept.
-- The primary key makes the invitation the unique occasion: however many nodes run the job, a
-- registration is invited once.
create table feedback.invitation (
    registration_id      uuid         primary key references registration.registration (id) on delete cascade,
    tenant_id            uuid         not null references identity.tenant (id),
    event_id             uuid         not null references events.event (id) on delete cascade,
    token_hash           varchar(64)  not null unique,
    sent_at              timestamptz  not null,
    responded            boolean      not null default false
);
create index invitation_event_idx on feedback.invitation (tenant_id, event_id);

-- An anonymous response. Deliberately without any reference to the invitation, registration or
-- person, with a random id (no order) and only the day of submission, so that nobody can tell
-- whose answers these are, not even by comparing times with the invitation's.
create table feedback.response (
    id                   uuid         primary key,
    tenant_id            uuid         not null references identity.tenant (id),
    event_id             uuid         not null references events.event (id) on delete cascade,
    submitted_on         date         not null,
    overall              smallint     check (overall between 1 and 5),
    relevance            smallint     check (relevance between 1 and 5),
    trainers             smallint     check (trainers between 1 and 5),
    organisation         smallint     check (organisation between 1 and 5),
    comment              text         not null default '',
    -- additional question id -> answer (a scale value "1".."5", a chosen option or a text)
    answers              jsonb        not null default '{}'::jsonb
);
create index response_event_idx on feedback.response (tenant_id, event_id);
