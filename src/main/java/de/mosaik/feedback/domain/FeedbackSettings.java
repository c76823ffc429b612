package de.mosaik.feedback.domain;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An event's feedback form as staff set it up: on or off, the added questions, when the invitations
 * went out and how many, and the version that guards against two people editing at once.
 */
public record FeedbackSettings(
        boolean enabled,
        @Nullable Instant invitedAt,
        int version,
        List<FeedbackQuestion> questions,
        int invited,
        int responded) {}
