package de.mosaik.networks.web;

import de.mosaik.networks.domain.MeetingRegistration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the meeting page offers the signed-in person about registration: whether they were invited, what they
 * registered already, and whether they may register themselves or a colleague now.
 */
public record RegistrationPanel(
        boolean open,
        boolean hasBody,
        boolean invited,
        List<MeetingRegistration> mine,
        boolean selfRegistered,
        boolean colleagueRegistered,
        @Nullable Integer quota,
        long bodyRegistered,
        boolean seesParticipants) {

    public boolean maySelf() {
        return open && hasBody && invited && !selfRegistered && !quotaReached();
    }

    public boolean mayColleague() {
        return open && hasBody && invited && !colleagueRegistered && !quotaReached();
    }

    public boolean quotaReached() {
        return quota != null && bodyRegistered >= quota;
    }
}
