-- The triggers of V18 and V24 now live in the migrations of the modules whose tables they watch
-- (V50–V53) and call the functions reporting publishes (V49). The functions they called before read
-- other modules' tables and are called by nothing any more.
drop function reporting.registration_changed(),
              reporting.mark_changed(),
              reporting.event_times_changed(),
              reporting.event_start_changed(),
              reporting.registration_deleted(),
              reporting.invitation_sent(),
              reporting.refresh_participation(uuid, timestamptz);
