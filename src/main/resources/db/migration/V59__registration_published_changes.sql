-- An addition to what the registration module publishes (ADR 0018; described in de.mosaik.registration's
-- package-info). The view only gains a column at its end, so every existing read is unchanged.

-- When the registration last changed: privacy's retention lets the registrations of a cancelled or draft
-- event expire once neither the event nor the registration has changed for the period.
create or replace view registration.v_registration as
select id, tenant_id, event_id, status, status = 'CONFIRMED' as counts_as_participant,
       given_name, family_name, email, email_normalized, institution, locale, created_at,
       target_group_id, updated_at
from registration.registration;
