package de.mosaik.attendance.web;

import org.jspecify.annotations.Nullable;

/** The e-mail address a participant checks in with. */
record SelfCheckInForm(@Nullable String email) {

    String value() {
        return email == null ? "" : email.strip();
    }
}
