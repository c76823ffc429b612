package de.mosaik.attendance.web;

import de.mosaik.attendance.domain.CheckInService;

/** The self-check-in page: which session, whether checking in is possible now, and what the last attempt said. */
public record SelfCheckInPage(String action, CheckInService.RoomTarget target, State state, String email) {

    public enum State {
        /** The form is shown: the session runs (or starts within the hour). */
        OPEN,
        NOT_YET_OPEN,
        OVER,
        CHECKED_IN,
        /** The participant was already recorded as present. */
        ALREADY_CHECKED_IN,
        /** Staff or the trainer recorded something else; the participant should speak to them. */
        ASK_TRAINER,
        /** The address is not among the confirmed registrations: the form again, with the address kept. */
        NOT_FOUND,
        TOO_MANY
    }

    public boolean showForm() {
        return state == State.OPEN || state == State.NOT_FOUND;
    }
}
