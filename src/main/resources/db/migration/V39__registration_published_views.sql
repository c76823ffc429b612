-- What the registration module publishes for set-based reads of other modules (ADR 0018). Each view
-- is a contract, described in de.mosaik.registration's package-info: change it as one. Simple views
-- over one table, so PostgreSQL inlines them and the indexes of registration.registration still serve.

-- Every registration, without answers, consent or secrets. counts_as_participant says whether it is
-- a firm participation, so that no other module has to know which status means that.
create view registration.v_registration as
select id, tenant_id, event_id, status, status = 'CONFIRMED' as counts_as_participant,
       given_name, family_name, email, email_normalized, institution, locale, created_at
from registration.registration;

-- The participants of events: the registrations that count as participation.
create view registration.v_participant as
select id, tenant_id, event_id, given_name, family_name, email, email_normalized, institution, locale, created_at
from registration.v_registration
where counts_as_participant;

-- The secret of each registration's personal link, for the modules whose pages that link opens.
create view registration.v_registration_link as
select id, tenant_id, manage_token
from registration.registration;
