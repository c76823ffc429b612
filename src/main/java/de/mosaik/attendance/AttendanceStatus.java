package de.mosaik.attendance;

/** Whether a confirmed participant took part in a session; no mark at all means "not taken yet". */
public enum AttendanceStatus {
    ATTENDED,
    EXCUSED,
    ABSENT;

    public String messageKey() {
        return "attendance.status." + name();
    }
}
