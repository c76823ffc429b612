package de.mosaik.feedback.domain;

/** Someone else changed the event's feedback settings since the form was loaded. */
public class StaleVersion extends RuntimeException {

    public StaleVersion() {
        super("The feedback settings were changed by someone else", null, false, false);
    }
}
