package de.mosaik.attendance;

/** How a mark was taken. */
public enum MarkSource {
    /** The trainer's list, one row at a time. */
    LIST,
    /** A trainer scanned the participant's personal QR code. */
    QR,
    /** The participant checked in with the room's code. */
    SELF,
    /** Entered afterwards from the paper sign-in sheet (the whole list at once). */
    SHEET;

    public String messageKey() {
        return "attendance.source." + name();
    }
}
