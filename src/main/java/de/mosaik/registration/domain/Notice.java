package de.mosaik.registration.domain;

/** The occasions on which a registrant gets a mail; each has a subject and body in the notifications bundle. */
public enum Notice {
    CONFIRM_EMAIL(false),
    CONFIRMED(true),
    PENDING_APPROVAL(false),
    WAITLISTED(false),
    MOVED_UP(true),
    MOVED_UP_CONFIRM(false),
    MOVED_UP_APPROVAL(false),
    APPROVED(true),
    DECLINED(false),
    CANCELLED(false),
    CANCELLED_BY_STAFF(false),
    EXPIRED(false),
    EVENT_CANCELLED(false),
    EVENT_CHANGED(true),
    REMINDER(true),
    GROUP_SUMMARY(false),
    /** A second registration with the address: the owner is told, with the link, instead of the visitor. */
    ALREADY_REGISTERED(false),
    /** Waitlisted because unconfirmed registrations hold all the seats they may: confirming takes a free one. */
    WAITLISTED_CONFIRM_FOR_SEAT(false);

    private final boolean calendar;

    Notice(boolean calendar) {
        this.calendar = calendar;
    }

    /** Whether the mail carries the event's calendar file (only when the seat is firm). */
    boolean calendar() {
        return calendar;
    }

    public String key() {
        return "notifications." + name();
    }
}
