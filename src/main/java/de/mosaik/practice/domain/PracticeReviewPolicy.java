package de.mosaik.practice.domain;

import de.mosaik.practice.PracticeStatus;

/**
 * Which steps an example may take, and who may take them: the author submits (again after changes were
 * requested or after withdrawing), only the reviewing network's editors request changes or publish, and a
 * published example can be withdrawn. Nothing reaches {@link PracticeStatus#PUBLISHED} without a review.
 */
public final class PracticeReviewPolicy {

    /** A step in an example's review. */
    public enum Step {
        SUBMIT,
        REQUEST_CHANGES,
        PUBLISH,
        WITHDRAW
    }

    private PracticeReviewPolicy() {}

    /** Whether the author may change the texts: not while it is being reviewed nor while it is published. */
    public static boolean authorMayEdit(PracticeStatus status) {
        return status == PracticeStatus.DRAFT
                || status == PracticeStatus.CHANGES_REQUESTED
                || status == PracticeStatus.WITHDRAWN;
    }

    /** Whether {@code step} is allowed from {@code from}; {@code editor} says whether the actor reviews. */
    public static boolean allows(PracticeStatus from, Step step, boolean editor) {
        return switch (step) {
            case SUBMIT -> authorMayEdit(from);
            case REQUEST_CHANGES, PUBLISH -> editor && from == PracticeStatus.SUBMITTED;
            case WITHDRAW -> from == PracticeStatus.PUBLISHED;
        };
    }

    /** The status after {@code step}; refused when {@link #allows} says no. */
    public static PracticeStatus next(PracticeStatus from, Step step, boolean editor) {
        if (!allows(from, step, editor)) {
            throw new TransitionRefused(from, step);
        }
        return switch (step) {
            case SUBMIT -> PracticeStatus.SUBMITTED;
            case REQUEST_CHANGES -> PracticeStatus.CHANGES_REQUESTED;
            case PUBLISH -> PracticeStatus.PUBLISHED;
            case WITHDRAW -> PracticeStatus.WITHDRAWN;
        };
    }

    /** A step the example's status or the actor's part does not allow. */
    public static final class TransitionRefused extends RuntimeException {

        public TransitionRefused(PracticeStatus from, Step step) {
            super(step + " is not allowed from " + from);
        }
    }
}
