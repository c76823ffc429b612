-- The participation facts keep the member body that employed the participant of an event offered to a network
-- (issue 16, "persons trained per city"), so that the figures per body outlive the erasure of the person
-- (ADR 0012). Networks records the body and publishes it in networks.v_registration_employer; its trigger tells
-- reporting through fn_participation_changed, which from here on also compares and copies the body.

alter table reporting.participation_fact add column employer_organisation_id uuid;

create or replace function reporting.fn_participation_changed(p_registration uuid, p_changed_at timestamptz) returns void
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
    v_employer      uuid;
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
    select organisation_id into v_employer from networks.v_registration_employer where registration_id = p_registration;
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
        and v_current.hours_attended = v_hours
        and v_current.employer_organisation_id is not distinct from v_employer then
        return;
    end if;
    if v_has_current then
        v_day := greatest(v_day, v_current.known_from);
        update reporting.participation_fact set known_until = v_day where id = v_current.id;
    end if;
    insert into reporting.participation_fact (tenant_id, registration_id, person_key, event_id, event_starts_at,
            format_id, topic_ids, status, confirmed_once, target_group_id, institution_type, attendance_taken,
            sessions_attended, hours_attended, employer_organisation_id, known_from)
    values (r.tenant_id, r.id, v_key, r.event_id, coalesce(v_starts, r.created_at), v_format,
            coalesce(v_topics, '{}'), r.status, v_confirmed, r.target_group_id, v_institution, v_taken, v_sessions,
            v_hours, v_employer, v_day);
end $$;
