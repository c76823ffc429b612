-- Deleting registrations (retention, erasure) sets the registration of their certificates to null;
-- without this index every deleted registration would scan the certificates whole. V25 of registration
-- created it on certificates' table (ADR 0018); certificates owns it from here on, unchanged.
drop index certificates.certificate_registration_idx;
create index certificate_registration_idx on certificates.certificate (registration_id)
    where registration_id is not null;
