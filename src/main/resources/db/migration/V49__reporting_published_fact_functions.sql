-- Reporting publishes the functions through which the modules whose tables the participation and
-- invitation facts follow tell it what changed (ADR 0012, ADR 0018; named in reporting's package-info).
-- Their triggers move into those modules' own migrations (V50–V53) and call these with plain values,
-- so no other module's table or column is named here: the registrations, events, sessions and marks
-- are read through the views their owners publish. The facts come out exactly as with V18's functions,
-- which V55 drops once no trigger calls them any more.

-- The registration's participation changed at p_changed_at (a change carrying its own timestamp is
-- known from that day; one without is known from now): a new version of its fact when anything a report
-- counts differs from the current one.
create function reporting.fn_participation_changed(p_registration uuid, p_changed_at timestamptz) returns void
    language plpgsql as $$
declare
    r               registration.v_registration%rowtype;
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
    select * into r from registration.v_registration where id = p_registration;
    if not found then
        return;
    end if;
    select first_starts_at, format_id, topic_ids into v_starts, v_format, v_topics
      from events.v_event where id = r.event_id;
    select count(*) > 0,
           count(*) filter (where m.attended),
           coalesce(sum(extract(epoch from s.ends_at - s.starts_at) / 3600.0) filter (where m.attended), 0)
      into v_taken, v_sessions, v_hours
      from attendance.v_mark m join events.v_session s on s.id = m.session_id
     where m.registration_id = p_registration;
    v_key := reporting.person_key(r.tenant_id, r.email_normalized);
    v_institution := reporting.institution_type(r.institution);
    select * into v_current from reporting.participation_fact
     where registration_id = p_registration and known_until is null;
    v_has_current := found;
    v_confirmed := r.counts_as_participant or (v_has_current and v_current.confirmed_once);
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

-- The event's start, format or topics or its sessions' times changed: every participation of the event
-- is looked at again, known from now.
create function reporting.fn_event_changed(p_event uuid) returns void
    language plpgsql as $$
begin
    perform reporting.fn_participation_changed(r.id, now())
       from registration.v_registration r where r.event_id = p_event;
end $$;

-- The registration was deleted (retention or erasure), in the deleting transaction, after its row is
-- gone. Its facts stay as they are; their link to the registration is cut; every pseudonym they carry
-- that no registration still links to (the person's last registration is gone, under any address they
-- had) is replaced by one random value, the same for all facts with that pseudonym, so distinct counts
-- stay exact. The merges naming the addresses are forgotten once no registration uses them, through
-- privacy's published view, in the same transaction, so a deletion cannot leave them behind.
create function reporting.fn_registration_deleted(p_tenant uuid, p_registration uuid, p_email_normalized varchar)
    returns void
    language plpgsql as $$
declare
    v_keys      varchar[];
    v_key       varchar;
    v_canonical varchar := reporting.canonical_email(p_tenant, p_email_normalized);
begin
    select array_agg(distinct person_key) into v_keys
      from reporting.participation_fact where registration_id = p_registration;
    update reporting.participation_fact set registration_id = null where registration_id = p_registration;
    foreach v_key in array coalesce(v_keys, '{}') loop
        if not exists (select 1 from reporting.participation_fact
                        where tenant_id = p_tenant and person_key = v_key and registration_id is not null) then
            perform reporting.anonymise_person(p_tenant, v_key);
        end if;
    end loop;
    if not exists (
        select 1 from registration.v_person_address a
         where a.tenant_id = p_tenant
           and a.email_normalized in (select v_canonical union all
                                      select alias_email from privacy.v_person_merge
                                       where tenant_id = p_tenant and canonical_email = v_canonical)) then
        delete from privacy.v_person_merge where tenant_id = p_tenant and canonical_email = v_canonical;
    end if;
end $$;

-- A feedback invitation for the event was sent at p_sent_at: one invitation fact, on its Berlin day,
-- without any link to the person.
create function reporting.fn_invitation_sent(p_tenant uuid, p_event uuid, p_sent_at timestamptz) returns void
    language sql as $$
    insert into reporting.invitation_fact (tenant_id, event_id, sent_on)
    values (p_tenant, p_event, (p_sent_at at time zone 'Europe/Berlin')::date)
$$;
