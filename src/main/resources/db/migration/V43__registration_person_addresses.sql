-- Published (registration's package-info): the normalised addresses a tenant's registrations use,
-- one row per registration. Whether an address still has a registration decides when privacy and
-- reporting forget what they keep about it (merges, log entries, pseudonyms).
create view registration.v_person_address as
select tenant_id, email_normalized from registration.registration;
