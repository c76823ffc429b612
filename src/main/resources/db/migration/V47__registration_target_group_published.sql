-- Published (registration's package-info): v_registration gains the registration's target group at its
-- end, so that reporting's participation facts (ADR 0012) read it through the view instead of the table
-- (ADR 0018). A view may only grow at its end; every earlier column stays as it was.
create or replace view registration.v_registration as
select id, tenant_id, event_id, status, status = 'CONFIRMED' as counts_as_participant,
       given_name, family_name, email, email_normalized, institution, locale, created_at,
       target_group_id
from registration.registration;
