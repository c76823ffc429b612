package de.mosaik.feedback.domain;

import de.mosaik.feedback.PastFeedback;
import de.mosaik.shared.security.Tokens;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Implements {@link PastFeedback} on the feedback tables, with the rules of the live rounds. */
@Service
class PastFeedbackRecorder implements PastFeedback {

    private final FeedbackRepository repository;

    PastFeedbackRecorder(FeedbackRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<UUID> invitable(UUID tenantId, UUID eventId) {
        return repository.uninvited(tenantId, eventId).stream()
                .map(FeedbackRepository.Invitee::registrationId)
                .toList();
    }

    @Override
    @Transactional
    public int recordRound(
            UUID tenantId,
            UUID eventId,
            Instant invitedAt,
            List<PastInvitation> invitations,
            List<PastResponse> responses) {
        var invitable = new HashSet<>(invitable(tenantId, eventId));
        var recorded = invitations.stream()
                .filter(invitation -> invitable.contains(invitation.registrationId()))
                .toList();
        long used = recorded.stream().filter(PastInvitation::responded).count();
        if (responses.size() > used) {
            throw new IllegalArgumentException(
                    responses.size() + " responses, but only " + used + " invitations were used");
        }
        repository.recordInvited(tenantId, eventId, invitedAt);
        for (var invitation : recorded) {
            // The link's secret is thrown away: only its hash is stored, as for links that were mailed.
            repository.insertPastInvitation(
                    tenantId,
                    eventId,
                    invitation.registrationId(),
                    Tokens.sha256Hex(Tokens.urlSafe()),
                    invitedAt,
                    invitation.responded());
        }
        for (var response : responses) {
            repository.insertResponse(
                    tenantId,
                    eventId,
                    response.submittedOn(),
                    new Submission(
                            response.overall(),
                            response.relevance(),
                            response.trainers(),
                            response.organisation(),
                            response.comment(),
                            Map.of()));
        }
        return recorded.size();
    }
}
