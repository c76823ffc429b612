package de.mosaik.attendance.web;

/**
 * A message split where a person's name goes, so that a template can isolate the name in
 * {@code <bdi>} (an Arabic name must not reorder the text around it) wherever the language puts it.
 */
public record NameSlot(String before, String after) {

    /** Passed as the name argument; a message never contains it otherwise. */
    public static final String MARK = "\u0000";

    public static NameSlot of(String message) {
        int at = message.indexOf(MARK);
        return at < 0
                ? new NameSlot(message + " ", "")
                : new NameSlot(message.substring(0, at), message.substring(at + MARK.length()));
    }
}
