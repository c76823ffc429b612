-- The timeline of a recommendation: every status change the coordination makes, and the progress reports
-- of the member bodies ("Kreis Düren: Schulung für 120 Lehrkräfte seit 2023"), each optionally linked to an
-- event of the body's tenant, a practice example or a meeting document.
create table networks.recommendation_entry (
    id                    uuid primary key,
    recommendation_id     uuid         not null references networks.recommendation (id) on delete cascade,
    -- repeated from the recommendation so that every query can filter by the opened network
    network_id            uuid         not null references networks.network (id) on delete cascade,
    kind                  varchar(10)  not null check (kind in ('STATUS', 'REPORT')),
    -- the reporting body; none for a status change
    member_id             uuid         references networks.member (id) on delete cascade,
    author_account_id     uuid         references identity.account (id) on delete set null,
    happened_on           date         not null,
    text                  text         not null default '',
    status_from           varchar(20),
    status_to             varchar(20),
    -- an event of the body's tenant (title kept as it was when linked: the event may be renamed or deleted)
    event_tenant_id       uuid,
    event_id              uuid,
    event_path            varchar(300),
    event_title           varchar(300),
    -- a practice example by its slug, shown as /praxisbeispiele/{slug}
    practice_slug         varchar(120) check (practice_slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    -- a document of one of the network's meetings
    document_meeting_id   uuid         references networks.meeting (id) on delete set null,
    document_id           uuid,
    created_at            timestamptz  not null default now(),
    check ((kind = 'STATUS') = (member_id is null)),
    check ((kind = 'STATUS') = (status_to is not null)),
    check ((event_id is null) = (event_path is null)),
    check (document_id is null or document_meeting_id is not null)
);
create index recommendation_entry_idx on networks.recommendation_entry (recommendation_id, happened_on);
create index recommendation_entry_network_idx on networks.recommendation_entry (network_id, created_at);

-- How many days before the next meeting the member bodies without a report are reminded (a network setting).
alter table networks.network add column recommendation_reminder_days integer not null default 21
    check (recommendation_reminder_days between 1 and 180);

-- The reminders sent before a meeting: at most one per meeting.
create table networks.recommendation_reminder (
    meeting_id            uuid primary key references networks.meeting (id) on delete cascade,
    network_id            uuid         not null references networks.network (id) on delete cascade,
    sent_at               timestamptz  not null default now(),
    bodies                integer      not null
);
