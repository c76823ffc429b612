-- Deleting registrations (retention, erasure) cascades to these tables; without an index on the
-- referencing column every deleted registration would scan them whole.
create index mark_change_registration_idx on attendance.mark_change (registration_id);
create index certificate_registration_idx on certificates.certificate (registration_id)
    where registration_id is not null;
