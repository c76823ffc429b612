create schema if not exists reporting;
create schema if not exists privacy;

-- The key of each tenant's pseudonyms. 244 random bits from two version-4 UUIDs (gen_random_uuid
-- draws from the server's strong random source); never shown, never exported.
create table reporting.tenant_secret (
    tenant_id            uuid         primary key references identity.tenant (id),
    secret               bytea        not null
);

create function reporting.tenant_secret(p_tenant uuid) returns bytea
    language plpgsql as $$
declare
    v_secret bytea;
begin
    select secret into v_secret from reporting.tenant_secret where tenant_id = p_tenant;
    if v_secret is null then
        insert into reporting.tenant_secret (tenant_id, secret)
        values (p_tenant, decode(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex'))
        on conflict do nothing;
        select secret into v_secret from reporting.tenant_secret where tenant_id = p_tenant;
    end if;
    return v_secret;
end $$;

insert into reporting.tenant_secret (tenant_id, secret)
select id, decode(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex')
from identity.tenant;

-- Two addresses that staff recognised as one person (e.g. a teacher's school and private address).
-- Participations under the alias count for the canonical address; chains are kept flat by the
-- privacy module (an alias always points at an address that is no alias itself).
create table privacy.person_merge (
    tenant_id            uuid         not null references identity.tenant (id),
    alias_email          varchar(254) not null,
    canonical_email      varchar(254) not null,
    merged_at            timestamptz  not null default now(),
    merged_by            uuid,
    merged_by_name       varchar(200) not null,
    primary key (tenant_id, alias_email),
    check (alias_email <> canonical_email)
);
create index person_merge_canonical_idx on privacy.person_merge (tenant_id, canonical_email);

create function reporting.canonical_email(p_tenant uuid, p_email varchar) returns varchar
    language sql stable as $$
    select coalesce((select canonical_email from privacy.person_merge
                     where tenant_id = p_tenant and alias_email = p_email), p_email)
$$;

-- Keyed SHA-256 of an address under the tenant's secret: the same person gets the same pseudonym in
-- every event of the tenant, and nobody without the secret can compute it from an address.
create function reporting.keyed_hash(p_tenant uuid, p_email varchar) returns varchar
    language sql stable as $$
    select encode(sha256(reporting.tenant_secret(p_tenant) || convert_to(p_email, 'UTF8')), 'hex')
$$;

create function reporting.person_key(p_tenant uuid, p_email varchar) returns varchar
    language sql stable as $$
    select reporting.keyed_hash(p_tenant, reporting.canonical_email(p_tenant, p_email))
$$;

-- Kind of institution from the free text people type at registration; the facts keep only the kind,
-- never the name, so that a small institution cannot point to a person.
create function reporting.institution_type(p_institution varchar) returns varchar
    language sql immutable as $$
    select case
        when btrim(coalesce(p_institution, '')) = '' then 'NONE'
        when lower(p_institution) ~ '(schule|gymnasium|berufskolleg|lehrer|schulamt|schulsozial|ogs)' then 'SCHOOL'
        when lower(p_institution) ~ '(kita|kindertages|kindergarten|familienzentrum|tagespflege)' then 'DAYCARE'
        when lower(p_institution) ~ '(klinik|krankenhaus|praxis|gesundheit|pflege|hospital)' then 'HEALTH'
        when lower(p_institution) ~ '(caritas|diakonie|awo|arbeiterwohlfahrt|drk|rotes kreuz|paritätisch|verein|e\.\s?v\.|träger|stiftung|ggmbh|beratungsstelle|migrantenorganisation|jugendhilfe|wohlfahrt)' then 'WELFARE'
        when lower(p_institution) ~ '(jobcenter|amt|behörde|verwaltung|kreis|stadt|gemeinde|kommun|rathaus|polizei|bezirksregierung|ministerium|agentur für arbeit)' then 'ADMINISTRATION'
        else 'OTHER'
    end
$$;

-- One row per registration and state as it was known from one day to another: the statistical
-- fact reports count. Written by the triggers below in the same transaction as the change, so no
-- write path can forget it; the report for a cut-off date D reads the versions known on D.
-- Carries no name, address or institution: when a registration is deleted its id is cut off, and
-- when the person's last registration is gone the pseudonym is replaced by a random one.
create table reporting.participation_fact (
    id                   bigserial    primary key,
    tenant_id            uuid         not null references identity.tenant (id),
    -- null once the registration was deleted
    registration_id      uuid,
    person_key           varchar(70)  not null,
    event_id             uuid         not null,
    event_starts_at      timestamptz  not null,
    -- the event's format and topics as they were, so that a later edit of the event does not change
    -- what a report for an earlier cut-off day said
    format_id            uuid,
    topic_ids            uuid[]       not null default '{}',
    status               varchar(25)  not null,
    -- was confirmed at some point, so that a cancellation is told apart from a withdrawn waitlist place
    confirmed_once       boolean      not null,
    target_group_id      uuid,
    institution_type     varchar(20)  not null,
    attendance_taken     boolean      not null,
    sessions_attended    integer      not null,
    hours_attended       numeric(8, 2) not null,
    -- Berlin days; the version is known from the first day and no longer known from known_until on
    known_from           date         not null,
    known_until          date,
    check (known_until is null or known_until >= known_from)
);
create index participation_fact_period_idx on reporting.participation_fact (tenant_id, event_starts_at);
create index participation_fact_person_idx on reporting.participation_fact (tenant_id, person_key);
create unique index participation_fact_current_idx on reporting.participation_fact (registration_id)
    where known_until is null and registration_id is not null;
create index participation_fact_registration_idx on reporting.participation_fact (registration_id)
    where registration_id is not null;
create index registration_tenant_email_idx on registration.registration (tenant_id, email_normalized);

create function reporting.refresh_participation(p_registration uuid, p_changed_at timestamptz) returns void
    language plpgsql as $$
declare
    r               registration.registration%rowtype;
    v_current       reporting.participation_fact%rowtype;
    v_has_current   boolean;
    v_day           date := (least(p_changed_at, now()) at time zone 'Europe/Berlin')::date;
    v_starts        timestamptz;
    v_format        uuid;
    v_topics        uuid[];
    v_taken         boolean;
    v_sessions      integer;
    v_hours         numeric(8, 2);
    v_key           varchar;
    v_institution   varchar;
    v_confirmed     boolean;
begin
    -- two marks of one person saved at the same moment must not both close the same version
    perform pg_advisory_xact_lock(hashtextextended(p_registration::text, 42));
    select * into r from registration.registration where id = p_registration;
    if not found then
        return;
    end if;
    select first_starts_at, format_id, topic_ids into v_starts, v_format, v_topics
      from events.event where id = r.event_id;
    select count(*) > 0,
           count(*) filter (where m.status = 'ATTENDED'),
           coalesce(sum(extract(epoch from s.ends_at - s.starts_at) / 3600.0) filter (where m.status = 'ATTENDED'), 0)
      into v_taken, v_sessions, v_hours
      from attendance.mark m join events.session s on s.id = m.session_id
     where m.registration_id = p_registration;
    v_key := reporting.person_key(r.tenant_id, r.email_normalized);
    v_institution := reporting.institution_type(r.institution);
    select * into v_current from reporting.participation_fact
     where registration_id = p_registration and known_until is null;
    v_has_current := found;
    v_confirmed := r.status = 'CONFIRMED' or (v_has_current and v_current.confirmed_once);
    if v_has_current
        and v_current.person_key = v_key
        and v_current.event_starts_at = coalesce(v_starts, r.created_at)
        and v_current.format_id is not distinct from v_format
        and v_current.topic_ids = coalesce(v_topics, '{}')
        and v_current.status = r.status
        and v_current.confirmed_once = v_confirmed
        and v_current.target_group_id is not distinct from r.target_group_id
        and v_current.institution_type = v_institution
        and v_current.attendance_taken = v_taken
        and v_current.sessions_attended = v_sessions
        and v_current.hours_attended = v_hours then
        return;
    end if;
    if v_has_current then
        v_day := greatest(v_day, v_current.known_from);
        update reporting.participation_fact set known_until = v_day where id = v_current.id;
    end if;
    insert into reporting.participation_fact (tenant_id, registration_id, person_key, event_id, event_starts_at,
            format_id, topic_ids, status, confirmed_once, target_group_id, institution_type, attendance_taken,
            sessions_attended, hours_attended, known_from)
    values (r.tenant_id, r.id, v_key, r.event_id, coalesce(v_starts, r.created_at), v_format,
            coalesce(v_topics, '{}'), r.status, v_confirmed, r.target_group_id, v_institution, v_taken, v_sessions,
            v_hours, v_day);
end $$;

-- A change's own timestamp tells when it became known (demo data and imports carry historic ones);
-- statements that do not set it are known from now.
create function reporting.registration_changed() returns trigger
    language plpgsql as $$
begin
    perform reporting.refresh_participation(new.id, case
        when tg_op = 'INSERT' then new.created_at
        when new.updated_at is distinct from old.updated_at then new.updated_at
        else now() end);
    return null;
end $$;
create trigger participation_fact_registration
    after insert or update of status, target_group_id, institution, email_normalized, event_id
    on registration.registration for each row execute function reporting.registration_changed();

create function reporting.mark_changed() returns trigger
    language plpgsql as $$
begin
    perform reporting.refresh_participation(new.registration_id, case
        when tg_op = 'INSERT' then new.recorded_at
        when new.recorded_at is distinct from old.recorded_at then new.recorded_at
        else now() end);
    return null;
end $$;
create trigger participation_fact_mark
    after insert or update on attendance.mark for each row execute function reporting.mark_changed();

-- A session moved or removed changes the attended hours (a removed session's marks are gone by then).
create function reporting.event_times_changed() returns trigger
    language plpgsql as $$
begin
    perform reporting.refresh_participation(r.id, now())
       from registration.registration r
      where r.event_id = case when tg_op = 'DELETE' then old.event_id else new.event_id end;
    return null;
end $$;
create trigger participation_fact_session
    after update of starts_at, ends_at or delete on events.session
    for each row execute function reporting.event_times_changed();

create function reporting.event_start_changed() returns trigger
    language plpgsql as $$
begin
    perform reporting.refresh_participation(r.id, now())
       from registration.registration r where r.event_id = new.id;
    return null;
end $$;
create trigger participation_fact_event
    after update of first_starts_at, format_id, topic_ids on events.event for each row
    when (old.first_starts_at is distinct from new.first_starts_at
          or old.format_id is distinct from new.format_id
          or old.topic_ids is distinct from new.topic_ids)
    execute function reporting.event_start_changed();

create function reporting.anonymise_person(p_tenant uuid, p_key varchar) returns void
    language plpgsql as $$
declare
    v_random varchar := 'anon-' || replace(gen_random_uuid()::text, '-', '');
begin
    update reporting.participation_fact set person_key = v_random where tenant_id = p_tenant and person_key = p_key;
end $$;

-- Deleting a registration (retention or erasure) keeps its facts as they are. Their link to the
-- registration is cut; every pseudonym they carry that no registration still links to (the person's
-- last registration is gone, under any address they had) is replaced by one random value, the same
-- for all facts with that pseudonym, so distinct counts stay exact. The merges naming the addresses
-- are forgotten once no registration uses them.
create function reporting.registration_deleted() returns trigger
    language plpgsql as $$
declare
    v_keys      varchar[];
    v_key       varchar;
    v_canonical varchar := reporting.canonical_email(old.tenant_id, old.email_normalized);
begin
    select array_agg(distinct person_key) into v_keys
      from reporting.participation_fact where registration_id = old.id;
    update reporting.participation_fact set registration_id = null where registration_id = old.id;
    foreach v_key in array coalesce(v_keys, '{}') loop
        if not exists (select 1 from reporting.participation_fact
                        where tenant_id = old.tenant_id and person_key = v_key and registration_id is not null) then
            perform reporting.anonymise_person(old.tenant_id, v_key);
        end if;
    end loop;
    if not exists (
        select 1 from registration.registration r
         where r.tenant_id = old.tenant_id
           and r.email_normalized in (select v_canonical union all
                                      select alias_email from privacy.person_merge
                                       where tenant_id = old.tenant_id and canonical_email = v_canonical)) then
        delete from privacy.person_merge where tenant_id = old.tenant_id and canonical_email = v_canonical;
    end if;
    return null;
end $$;

create trigger participation_fact_registration_deleted
    after delete on registration.registration for each row execute function reporting.registration_deleted();

-- A merge moves the alias's facts, past versions included, to the canonical person.
create function reporting.person_merged() returns trigger
    language plpgsql as $$
begin
    update reporting.participation_fact
       set person_key = reporting.keyed_hash(new.tenant_id, new.canonical_email)
     where tenant_id = new.tenant_id and person_key = reporting.keyed_hash(new.tenant_id, new.alias_email);
    return null;
end $$;
create trigger participation_fact_person_merged
    after insert on privacy.person_merge for each row execute function reporting.person_merged();

-- Facts for the registrations that exist already.
-- Facts for the registrations that exist already: their present state, known from its latest change.
select reporting.refresh_participation(r.id, greatest(r.created_at, coalesce(r.cancelled_at, r.created_at),
           coalesce((select max(m.recorded_at) from attendance.mark m where m.registration_id = r.id), r.created_at)))
  from registration.registration r;
