-- Published (registration's package-info): the normalised address of each of a tenant's
-- registrations, with the registration's id. Whether an address still has a registration decides
-- when privacy and reporting forget what they keep about it (merges, log entries, pseudonyms).
create view registration.v_person_address as
select id as registration_id, tenant_id, email_normalized from registration.registration;
