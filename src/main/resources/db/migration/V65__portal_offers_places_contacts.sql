-- The content part of a tenant's public portal: its places with opening hours, its contacts, and
-- its offers (Angebote). German text lives here; translations in shared.translation (ADR 0014).

-- A place of the KI (Internationales Zentrum, a youth centre …): not an event venue, but a place
-- people come to in opening hours. Accessibility facts use the vocabulary of events.venue.
create table portal.place (
    id                       uuid primary key,
    tenant_id                uuid         not null references identity.tenant (id),
    slug                     varchar(80)  not null,
    name                     varchar(200) not null,
    street                   varchar(200) not null default '',
    postal_code              varchar(10)  not null default '',
    city                     varchar(100) not null default '',
    summary                  text         not null default '',
    by_appointment           boolean      not null default false,
    hours_note               text         not null default '',
    step_free                boolean      not null default false,
    accessible_toilet        boolean      not null default false,
    induction_loop           boolean      not null default false,
    sign_language_on_request boolean      not null default false,
    accessible_parking       boolean      not null default false,
    accessibility_notes      text         not null default '',
    transport_note           text         not null default '',
    version                  integer      not null default 0,
    updated_at               timestamptz  not null default now(),
    unique (tenant_id, slug),
    unique (tenant_id, name)
);

-- Regular weekly opening hours: several ranges per weekday (1 = Monday … 7 = Sunday).
create table portal.place_hours (
    place_id  uuid     not null references portal.place (id) on delete cascade,
    weekday   smallint not null check (weekday between 1 and 7),
    opens     time     not null,
    closes    time     not null,
    check (opens < closes),
    primary key (place_id, weekday, opens)
);

-- Days that differ from the week: closed (a holiday) or open with other hours. A closed day has no
-- ranges; a day with other hours has one row per range.
create table portal.place_exception (
    place_id  uuid not null references portal.place (id) on delete cascade,
    day       date not null,
    opens     time,
    closes    time,
    check ((opens is null and closes is null) or (opens is not null and closes is not null and opens < closes))
);
create unique index place_exception_range_idx on portal.place_exception (place_id, day, coalesce(opens, '00:00'));

-- A person or a desk people can turn to: public contact details, reused by offers and places.
create table portal.contact (
    id                 uuid primary key,
    tenant_id          uuid         not null references identity.tenant (id),
    kind               varchar(10)  not null check (kind in ('PERSON', 'DESK')),
    name               varchar(200) not null,
    responsibility     text         not null default '',
    phone              varchar(50)  not null default '',
    email              varchar(254) not null default '',
    consultation_hours text         not null default '',
    languages          text[]       not null default '{}',
    version            integer      not null default 0,
    updated_at         timestamptz  not null default now()
);
create index contact_tenant_idx on portal.contact (tenant_id, name);

-- An offer of the KI: counselling, a programme, a language mediator service …
create table portal.offer (
    id                   uuid primary key,
    tenant_id            uuid         not null references identity.tenant (id),
    slug                 varchar(80)  not null,
    status               varchar(10)  not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED')),
    title                varchar(200) not null,
    summary              text         not null default '',
    body                 text         not null default '',
    audiences            text[]       not null default '{}',
    audience_note        text         not null default '',
    age_from             smallint check (age_from between 0 and 120),
    age_to               smallint check (age_to between 0 and 120),
    languages            text[]       not null default '{}',
    free_of_charge       boolean      not null default true,
    cost                 text         not null default '',
    participation        varchar(12)  not null default 'CONTACT'
        check (participation in ('CONTACT', 'APPOINTMENT', 'LINK', 'EVENT')),
    participation_note   text         not null default '',
    registration_url     varchar(500) not null default '',
    event_id             uuid references events.event (id) on delete set null,
    place_id             uuid references portal.place (id) on delete set null,
    starts_on            date,
    ends_on              date,
    -- A page of the tenant's portal (field of work); the pages table comes with another migration.
    field_page_id        uuid,
    version              integer      not null default 0,
    updated_at           timestamptz  not null default now(),
    unique (tenant_id, slug),
    check (age_from is null or age_to is null or age_from <= age_to),
    check (starts_on is null or ends_on is null or starts_on <= ends_on)
);
create index offer_tenant_idx on portal.offer (tenant_id, status, title);

-- Contacts named on an offer or a place, in the order staff chose.
create table portal.offer_contact (
    offer_id   uuid     not null references portal.offer (id) on delete cascade,
    contact_id uuid     not null references portal.contact (id) on delete cascade,
    position   smallint not null,
    primary key (offer_id, contact_id)
);
create index offer_contact_contact_idx on portal.offer_contact (contact_id);

create table portal.place_contact (
    place_id   uuid     not null references portal.place (id) on delete cascade,
    contact_id uuid     not null references portal.contact (id) on delete cascade,
    position   smallint not null,
    primary key (place_id, contact_id)
);
create index place_contact_contact_idx on portal.place_contact (contact_id);
