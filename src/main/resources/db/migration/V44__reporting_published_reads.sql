-- Reporting's functions read the merges and the registrations' addresses through the views their
-- owners publish (ADR 0018), no longer through privacy's and registration's tables. Behaviour is
-- unchanged from V18.

create or replace function reporting.canonical_email(p_tenant uuid, p_email varchar) returns varchar
    language sql stable as $$
    select coalesce((select canonical_email from privacy.v_person_merge
                     where tenant_id = p_tenant and alias_email = p_email), p_email)
$$;

-- Deleting a registration (retention or erasure) keeps its facts as they are. Their link to the
-- registration is cut; every pseudonym they carry that no registration still links to (the person's
-- last registration is gone, under any address they had) is replaced by one random value, the same
-- for all facts with that pseudonym, so distinct counts stay exact. The merges naming the addresses
-- are forgotten once no registration uses them, through privacy's published view, in the same
-- transaction, so a deletion cannot leave them behind.
create or replace function reporting.registration_deleted() returns trigger
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
        select 1 from registration.v_person_address a
         where a.tenant_id = old.tenant_id
           and a.email_normalized in (select v_canonical union all
                                      select alias_email from privacy.v_person_merge
                                       where tenant_id = old.tenant_id and canonical_email = v_canonical)) then
        delete from privacy.v_person_merge where tenant_id = old.tenant_id and canonical_email = v_canonical;
    end if;
    return null;
end $$;

-- Its trigger went with V18's merge table (V42); privacy.MergeDesk asks reporting.PersonKeys instead.
drop function reporting.person_merged();
