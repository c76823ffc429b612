package de.mosaik.feedback.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The anonymous form behind a personal link. The link (token) allows one response; the response
 * itself is stored apart from the invitation, so the two cannot be joined afterwards.
 */
@Service
public class FeedbackForms {

    /** What a link leads to. */
    public enum State {
        OPEN,
        ANSWERED,
        CLOSED,
        UNKNOWN
    }

    /** The form for a link: its state, and for an open one the event and the added questions. */
    public record Form(State state, @Nullable FeedbackEvent event, List<FeedbackQuestion> questions) {

        static Form of(State state) {
            return new Form(state, null, List.of());
        }
    }

    private final FeedbackRepository repository;
    private final Duration openFor;

    FeedbackForms(FeedbackRepository repository, @Value("${mosaik.feedback.open-for:P56D}") Duration openFor) {
        this.repository = repository;
        this.openFor = openFor;
    }

    public Form open(UUID tenantId, String token) {
        if (!Tokens.plausible(token)) {
            return Form.of(State.UNKNOWN);
        }
        var invitation = repository.invitation(tenantId, Tokens.hash(token)).orElse(null);
        if (invitation == null) {
            return Form.of(State.UNKNOWN);
        }
        var event = repository.event(tenantId, invitation.eventId()).orElse(null);
        if (event == null) {
            return Form.of(State.UNKNOWN);
        }
        if (invitation.responded()) {
            return new Form(State.ANSWERED, event, List.of());
        }
        if (invitation.sentAt().plus(openFor).isBefore(Instant.now())
                || !repository.settings(tenantId, event.eventId()).enabled()) {
            return new Form(State.CLOSED, event, List.of());
        }
        return new Form(State.OPEN, event, repository.questions(tenantId, event.eventId()));
    }

    /**
     * Stores the answers if the link is open and unused: the invitation is used up and the response
     * written in one transaction. Returns the state the link had; {@link State#OPEN} means saved.
     */
    @Transactional
    public State submit(UUID tenantId, String token, Submission submission) {
        var form = open(tenantId, token);
        if (form.state() != State.OPEN || form.event() == null) {
            return form.state();
        }
        if (!repository.markResponded(tenantId, Tokens.hash(token))) {
            return State.ANSWERED;
        }
        // Only the day: an exact time could be matched with the moment the invitation was used.
        repository.insertResponse(tenantId, form.event().eventId(), LocalDate.now(FeedbackMails.BERLIN), submission);
        return State.OPEN;
    }
}
