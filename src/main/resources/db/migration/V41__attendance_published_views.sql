-- What the attendance module publishes for set-based reads of other modules (ADR 0018). The view is a
-- contract, described in de.mosaik.attendance's package-info: change it as one.

-- The marks: whether a registration took part in a session. attended says whether the mark counts as
-- presence, so that no other module has to know which status means that. No row: not taken yet.
create view attendance.v_mark as
select tenant_id, event_id, session_id, registration_id, status, status = 'ATTENDED' as attended
from attendance.mark;
