package de.mosaik.feedback.domain;

import de.mosaik.feedback.FeedbackInvitations;
import de.mosaik.identity.TenantProfile;
import de.mosaik.identity.Tenants;
import de.mosaik.shared.security.Tokens;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the feedback invitations once an event's last session has been over for a while (so that
 * attendance can be entered first), and afterwards, within the invitation window, to whoever is
 * marked present later (from the paper sheet). Safe on several app nodes:
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
    private final Duration delay;
    private final Duration openFor;

    InvitationSender(
            FeedbackRepository repository,
            FeedbackMails mails,
            Tenants tenants,
            TransactionTemplate transactions,
            @Value("${mosaik.feedback.invite-within:P14D}") Duration inviteWithin,
            @Value("${mosaik.feedback.invitation-delay:PT2H}") Duration delay,
            @Value("${mosaik.feedback.open-for:P56D}") Duration openFor) {
        this.repository = repository;
        this.mails = mails;
        this.tenants = tenants;
        this.transactions = transactions;
        this.inviteWithin = inviteWithin;
        this.delay = delay;
        this.openFor = openFor;
    }

    @SchedulerLock(name = "feedback-send-invitations")
    @Scheduled(
            fixedDelayString = "${mosaik.feedback.invitation-interval:PT15M}",
            initialDelayString = "${mosaik.feedback.invitation-interval:PT15M}")
    void run() {
        sendDue(Instant.now());
    }

    /**
     * Only events that ended recently are due, so that switching the feature on (or a long outage)
     * does not invite people to events of long ago; and only after the grace period, so that staff
     * can take attendance and no-shows are not asked.
     */
    @Override
    public int sendDue(Instant now) {
        int sent = 0;
        var activeTenants = tenants.active().stream().map(TenantProfile::id).toList();
        for (var due : repository.due(activeTenants, now.minus(delay), now.minus(inviteWithin))) {
            sent += send(due.tenantId(), due.eventId());
        }
        return sent;
    }

    @Override
    public Duration delay() {
        return delay;
    }

    @Override
    public Duration inviteWithin() {
        return inviteWithin;
    }

    @Override
    public int sendNow(UUID tenantId, UUID eventId) {
        var event = repository.event(tenantId, eventId).orElse(null);
        if (event == null || !event.invitable(Instant.now())) {
            return 0;
        }
        return send(tenantId, eventId);
    }

    private int send(UUID tenantId, UUID eventId) {
        Integer sent = transactions.execute(status -> {
            var event = repository.event(tenantId, eventId).orElse(null);
            var tenant = tenants.byId(tenantId).orElse(null);
            if (event == null || tenant == null || !repository.lockForInviting(tenantId, eventId)) {
                return 0;
            }
            // Whatever another node sent meanwhile has an invitation now and is not in this list.
            var now = Instant.now();
            int count = 0;
            for (var invitee : repository.uninvited(tenantId, eventId)) {
                var token = Tokens.urlSafe();
                if (repository.insertInvitation(
                        tenantId, eventId, invitee.registrationId(), Tokens.sha256Hex(token), now)) {
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
