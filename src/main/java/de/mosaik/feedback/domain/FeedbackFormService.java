package de.mosaik.feedback.domain;

import de.mosaik.shared.security.Tokens;
import de.mosaik.shared.text.BerlinTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The anonymous form behind a personal link. The link (token) allows one response; the response
 * itself is stored apart from the invitation, so the two cannot be joined afterwards.
 *
 * <p>Not even through the database's bookkeeping: rows written in one transaction share PostgreSQL's
 * {@code xmin}, and transactions following each other get neighbouring ids. So the invitation is
 * used up in a transaction of its own that also rewrites all other invitations of the event (they
 * then share that id, and the response's neighbour is the whole event, not one person), and the
 * response is written in a second transaction.
 */
@Service
public class FeedbackFormService {

    /** What a link leads to. */
    public enum State {
        OPEN,
        ANSWERED,
        CLOSED,
        UNKNOWN,
        /** The answers could not be saved; the link is open again and the person may retry. */
        FAILED
    }

    /** The form for a link: its state, and for an open one the event and the added questions. */
    public record Form(State state, @Nullable FeedbackEvent event, List<FeedbackQuestion> questions) {

        static Form of(State state) {
            return new Form(state, null, List.of());
        }
    }

    private static final Logger log = LoggerFactory.getLogger(FeedbackFormService.class);

    private final FeedbackRepository repository;
    private final Duration openFor;
    private final TransactionTemplate ownTransaction;

    FeedbackFormService(
            FeedbackRepository repository,
            PlatformTransactionManager transactionManager,
            @Value("${mosaik.feedback.open-for:P56D}") Duration openFor) {
        this.repository = repository;
        this.openFor = openFor;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        // Even when a caller holds a transaction, each step must commit under its own id.
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public Form open(UUID tenantId, String token) {
        if (!Tokens.plausible(token)) {
            return Form.of(State.UNKNOWN);
        }
        var invitation =
                repository.invitation(tenantId, Tokens.sha256Hex(token)).orElse(null);
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
     * Stores the answers if the link is open and unused: first the invitation is used up (exactly
     * once, in its own transaction), then the response is written in another one. Should writing the
     * response fail, the invitation is opened again. Returns the state the link had; {@link
     * State#OPEN} means saved, {@link State#FAILED} that the person should try again.
     */
    public State submit(UUID tenantId, String token, Submission submission) {
        var form = open(tenantId, token);
        var event = form.event();
        if (form.state() != State.OPEN || event == null) {
            return form.state();
        }
        var tokenHash = Tokens.sha256Hex(token);
        if (!Boolean.TRUE.equals(
                ownTransaction.execute(status -> repository.markResponded(tenantId, event.eventId(), tokenHash)))) {
            return State.ANSWERED;
        }
        try {
            ownTransaction.executeWithoutResult(status ->
                    // Only the day: an exact time could be matched with the moment the invitation was used.
                    repository.insertResponse(tenantId, event.eventId(), LocalDate.now(BerlinTime.ZONE), submission));
            return State.OPEN;
        } catch (DataAccessException | org.springframework.transaction.TransactionException e) {
            log.warn("Feedback response for event {} could not be saved; the link is open again", event.eventId(), e);
            ownTransaction.executeWithoutResult(status -> repository.reopen(tenantId, tokenHash));
            return State.FAILED;
        }
    }
}
