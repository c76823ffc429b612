package de.mosaik.feedback.domain;

import de.mosaik.feedback.FeedbackInvitations;
import de.mosaik.identity.Tenants;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the feedback invitations once an event's last session is over. Safe on several app nodes:
 * each event is handled in one transaction holding its settings row ({@code FOR UPDATE SKIP LOCKED},
 * so a second node passes it by), each registration's invitation is unique in the database, and
 * its mail is unique per occasion besides.
 */
@Service
class InvitationSender implements FeedbackInvitations {

    private static final Logger log = LoggerFactory.getLogger(InvitationSender.class);

    private final FeedbackRepository repository;
    private final FeedbackMails mails;
    private final Tenants tenants;
    private final TransactionTemplate transactions;
    private final Duration inviteWithin;
    private final Duration openFor;

    InvitationSender(
            FeedbackRepository repository,
            FeedbackMails mails,
            Tenants tenants,
            TransactionTemplate transactions,
            @Value("${mosaik.feedback.invite-within:P14D}") Duration inviteWithin,
            @Value("${mosaik.feedback.open-for:P56D}") Duration openFor) {
        this.repository = repository;
        this.mails = mails;
        this.tenants = tenants;
        this.transactions = transactions;
        this.inviteWithin = inviteWithin;
        this.openFor = openFor;
    }

    @Scheduled(
            fixedDelayString = "${mosaik.feedback.invitation-interval:PT15M}",
            initialDelayString = "${mosaik.feedback.invitation-interval:PT15M}")
    void run() {
        sendDue(Instant.now());
    }

    /**
     * Only events that ended recently are due, so that switching the feature on (or a long outage)
     * does not invite people to events of long ago.
     */
    @Override
    public int sendDue(Instant now) {
        int sent = 0;
        for (var due : repository.due(now, now.minus(inviteWithin))) {
            sent += send(due.tenantId(), due.eventId(), true);
        }
        return sent;
    }

    @Override
    public int sendNow(UUID tenantId, UUID eventId) {
        return send(tenantId, eventId, false);
    }

    private int send(UUID tenantId, UUID eventId, boolean scheduled) {
        Integer sent = transactions.execute(status -> {
            var event = repository.event(tenantId, eventId).orElse(null);
            var tenant = tenants.byId(tenantId).orElse(null);
            if (event == null || tenant == null || !repository.lockForInviting(tenantId, eventId)) {
                return 0;
            }
            if (scheduled && repository.settings(tenantId, eventId).invitedAt() != null) {
                // Another node finished this event while we waited for the list.
                return 0;
            }
            var now = Instant.now();
            int count = 0;
            for (var invitee : repository.uninvited(tenantId, eventId)) {
                var token = Tokens.newToken();
                if (repository.insertInvitation(tenantId, eventId, invitee.registrationId(), Tokens.hash(token), now)) {
                    mails.invite(tenant, event, invitee, token, now.plus(openFor));
                    count++;
                }
            }
            repository.markInvited(tenantId, eventId);
            return count;
        });
        int count = sent == null ? 0 : sent;
        if (count > 0) {
            log.info("Feedback invitations for event {}: {}", eventId, count);
        }
        return count;
    }
}
