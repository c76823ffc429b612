package de.mosaik.attendance;

import java.util.List;
import java.util.UUID;

/** Read access to attendance for other modules (certificates, programmes, a person's own record). */
public interface AttendanceRecords {

    /** The sessions the registration is marked ATTENDED for, in time order. */
    List<AttendedSession> attendedSessions(UUID tenantId, UUID registrationId);
}
