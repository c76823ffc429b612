-- One training for many municipalities (issue 16): a tenant offers one of its events to a network its body is a
-- member of; member tenants accept it into their public catalogue or decline it. Registrations stay with the
-- offering tenant, and each participant names the member body that employs them, so that the offering tenant can
-- report persons trained per member body. Networks owns these rows; events, registration and reporting learn of
-- them only through the interfaces they define (ForeignCatalogueEntries, EmployerChoices) and the view below.

create table networks.event_offer (
    id          uuid primary key,
    network_id  uuid        not null references networks.network (id) on delete cascade,
    -- the offering tenant, owner of the event
    tenant_id   uuid        not null references identity.tenant (id),
    event_id    uuid        not null references events.event (id) on delete cascade,
    offered_at  timestamptz not null default now(),
    unique (network_id, event_id)
);
create index event_offer_event_idx on networks.event_offer (event_id);

-- A member tenant's answer to an offer: taken into its catalogue, or declined.
create table networks.event_offer_answer (
    offer_id    uuid        not null references networks.event_offer (id) on delete cascade,
    tenant_id   uuid        not null references identity.tenant (id),
    accepted    boolean     not null,
    answered_at timestamptz not null default now(),
    primary key (offer_id, tenant_id)
);
create index event_offer_answer_tenant_idx on networks.event_offer_answer (tenant_id);

-- The member body that employs a participant of an offered event; organisation_id null: "another body".
-- Goes with the registration; reporting keeps the body in its pseudonymous facts (ADR 0012).
create table networks.registration_employer (
    registration_id uuid        primary key references registration.registration (id) on delete cascade,
    tenant_id       uuid        not null references identity.tenant (id),
    organisation_id uuid        references organisations.organisation (id),
    recorded_at     timestamptz not null default now()
);

-- Published (named in networks' package-info): the employing body of each registration, for reporting's facts.
create view networks.v_registration_employer as
select registration_id, tenant_id, organisation_id
  from networks.registration_employer;

-- Reporting's participation fact carries the employing body: tell it when it is set or changed.
create function networks.report_employer_changed() returns trigger
    language plpgsql as $$
begin
    perform reporting.fn_participation_changed(new.registration_id, new.recorded_at);
    return null;
end $$;

create trigger participation_fact_employer
    after insert or update of organisation_id
    on networks.registration_employer for each row execute function networks.report_employer_changed();
