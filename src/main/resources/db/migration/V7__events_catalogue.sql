create schema if not exists events;

-- Each tenant's vocabularies: formats (Schulung, Fachtag …), topics and target groups (Zielgruppen).
-- Built-in terms carry a code so that their names can be shown in every UI language; terms that
-- staff add carry only their German name.
create table events.term (
    id                   uuid primary key,
    tenant_id            uuid         not null references identity.tenant (id),
    kind                 varchar(20)  not null check (kind in ('FORMAT', 'TOPIC', 'TARGET_GROUP')),
    code                 varchar(40),
    name                 varchar(200) not null,
    position             integer      not null default 0,
    active               boolean      not null default true,
    unique (tenant_id, kind, name)
);

-- Reusable places with the accessibility facts visitors need before they decide to come.
create table events.venue (
    id                       uuid primary key,
    tenant_id                uuid         not null references identity.tenant (id),
    name                     varchar(200) not null,
    street                   varchar(200) not null default '',
    postal_code              varchar(10)  not null default '',
    city                     varchar(100) not null default '',
    room                     varchar(200) not null default '',
    directions               text         not null default '',
    step_free                boolean      not null default false,
    accessible_toilet        boolean      not null default false,
    induction_loop           boolean      not null default false,
    sign_language_on_request boolean      not null default false,
    accessible_parking       boolean      not null default false,
    accessibility_notes      text         not null default '',
    active                   boolean      not null default true,
    version                  integer      not null default 0,
    unique (tenant_id, name)
);

-- Internal staff (account_id set) or external experts; only those who consented are published.
create table events.speaker (
    id                   uuid primary key,
    tenant_id            uuid         not null references identity.tenant (id),
    account_id           uuid references identity.account (id),
    name                 varchar(200) not null,
    organisation         varchar(200) not null default '',
    bio                  text         not null default '',
    publish_consent      boolean      not null default false,
    active               boolean      not null default true,
    version              integer      not null default 0
);

create table events.event (
    id                       uuid primary key,
    tenant_id                uuid         not null references identity.tenant (id),
    status                   varchar(20)  not null default 'DRAFT'
        check (status in ('DRAFT', 'PUBLISHED', 'REGISTRATION_CLOSED', 'HELD', 'ARCHIVED', 'CANCELLED')),
    format_id                uuid         not null references events.term (id),
    title                    varchar(300) not null,
    summary                  varchar(1000) not null default '',
    -- Markdown as written by staff; rendered through the sanitiser on every display.
    description              text         not null default '',
    topic_ids                uuid[]       not null default '{}',
    target_group_ids         uuid[]       not null default '{}',
    languages                varchar(5)[] not null default '{de}',
    contact_name             varchar(200) not null default '',
    contact_email            varchar(254) not null default '',
    contact_phone            varchar(50)  not null default '',
    -- null = unlimited. seats_taken counts confirmed registrations and seats held for pending ones;
    -- it is changed only by a conditional UPDATE in the registrant's transaction (see ADR 0010).
    capacity                 integer      check (capacity is null or capacity >= 0),
    seats_taken              integer      not null default 0 check (seats_taken >= 0),
    waitlist_count           integer      not null default 0 check (waitlist_count >= 0),
    registration_opens_at    timestamptz,
    registration_closes_at   timestamptz,
    approval_required        boolean      not null default false,
    confirmation_required    boolean      not null default true,
    ask_accessibility_needs  boolean      not null default true,
    consent_text             text         not null default '',
    consent_version          integer      not null default 1,
    -- days before the first session when confirmed participants are reminded; null = no reminder
    reminder_days            integer      default 2 check (reminder_days is null or reminder_days between 0 and 60),
    cancellation_message     text,
    -- Derived from the sessions on every save, so that the catalogue filters and sorts on one table.
    first_starts_at          timestamptz,
    last_ends_at             timestamptz,
    has_online               boolean      not null default false,
    has_venue                boolean      not null default false,
    copied_from              uuid references events.event (id) on delete set null,
    search                   tsvector generated always as (
        setweight(to_tsvector('german', coalesce(title, '')), 'A')
        || setweight(to_tsvector('german', coalesce(summary, '')), 'B')
        || setweight(to_tsvector('german', coalesce(description, '')), 'C')) stored,
    version                  integer      not null default 0,
    created_at               timestamptz  not null default now(),
    created_by               uuid,
    updated_at               timestamptz  not null default now(),
    updated_by               uuid,
    constraint event_seats_within_capacity check (capacity is null or seats_taken <= capacity)
);
create index event_tenant_start_idx on events.event (tenant_id, first_starts_at);
create index event_public_idx on events.event (first_starts_at) where status in ('PUBLISHED', 'REGISTRATION_CLOSED');
create index event_search_idx on events.event using gin (search);
create index event_topics_idx on events.event using gin (topic_ids);
create index event_target_groups_idx on events.event using gin (target_group_ids);

-- One date of an event, at a venue or online (or both). Times are stored as instants and shown in
-- Europe/Berlin. The online link is shown only to confirmed participants.
create table events.session (
    id                   uuid primary key,
    event_id             uuid         not null references events.event (id) on delete cascade,
    tenant_id            uuid         not null references identity.tenant (id),
    position             integer      not null,
    starts_at            timestamptz  not null,
    ends_at              timestamptz  not null,
    venue_id             uuid references events.venue (id),
    online               boolean      not null default false,
    online_url           varchar(500) not null default '',
    note                 varchar(500) not null default '',
    check (ends_at > starts_at),
    check (venue_id is not null or online)
);
create index session_event_idx on events.session (event_id, position);

create table events.event_speaker (
    event_id             uuid         not null references events.event (id) on delete cascade,
    speaker_id           uuid         not null references events.speaker (id),
    position             integer      not null,
    primary key (event_id, speaker_id)
);

-- Questions a registrant answers (text, choice, yes/no), per event.
create table events.question (
    id                   uuid primary key,
    event_id             uuid         not null references events.event (id) on delete cascade,
    tenant_id            uuid         not null references identity.tenant (id),
    position             integer      not null,
    kind                 varchar(10)  not null check (kind in ('TEXT', 'CHOICE', 'YES_NO')),
    label                varchar(500) not null,
    options              varchar(200)[] not null default '{}',
    required             boolean      not null default false
);
create index question_event_idx on events.question (event_id, position);

-- Who changed what and when, kept as long as the event.
create table events.event_change (
    id                   bigserial    primary key,
    tenant_id            uuid         not null references identity.tenant (id),
    event_id             uuid         not null references events.event (id) on delete cascade,
    changed_at           timestamptz  not null default now(),
    account_id           uuid,
    account_name         varchar(200) not null,
    description          varchar(1000) not null
);
create index event_change_event_idx on events.event_change (event_id, changed_at desc);

-- Origins allowed to call the public API from a browser (CORS), per tenant.
create table events.api_settings (
    tenant_id            uuid primary key references identity.tenant (id),
    allowed_origins      varchar(300)[] not null default '{}'
);
