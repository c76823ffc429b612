package de.mosaik.feedback.domain;

/**
 * People have answered already: a question can no longer be removed or have its kind or answers
 * changed, because that would silently change the meaning of the answers given.
 */
public class QuestionLocked extends RuntimeException {

    public QuestionLocked() {
        super("The event has responses; its questions are fixed", null, false, false);
    }
}
