package de.mosaik.networks.domain;

import de.mosaik.networks.MemberBody;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Who reported on what: the recommendations that await reports (adopted or in progress), the network's
 * current member bodies, and for each recommendation the bodies that reported.
 */
public record FollowUp(List<Recommendation> awaiting, List<MemberBody> bodies, Map<UUID, Set<UUID>> reporters) {

    public boolean reported(Recommendation recommendation, MemberBody body) {
        return reporters.getOrDefault(recommendation.id(), Set.of()).contains(body.memberId());
    }

    /** The recommendations the body has not reported on yet. */
    public List<Recommendation> missing(MemberBody body) {
        return awaiting.stream().filter(r -> !reported(r, body)).toList();
    }

    public long reportedCount(Recommendation recommendation) {
        return bodies.stream().filter(b -> reported(recommendation, b)).count();
    }
}
