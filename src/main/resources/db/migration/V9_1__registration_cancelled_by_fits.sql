-- 'PARTICIPANT' has eleven characters; the column of V8 allowed ten, so a participant could not cancel.
alter table registration.registration alter column cancelled_by type varchar(20);
