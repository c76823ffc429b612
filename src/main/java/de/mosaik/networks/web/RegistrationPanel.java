package de.mosaik.networks.web;

import de.mosaik.networks.domain.MeetingRegistration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the meeting page offers the signed-in person about registration: whether they were invited, what they
 * registered already, and whether they may register themselves or a colleague now. {@code possible} when a tenant
 * runs the meeting's registrations ({@code tenantName}; each registration's personal link lies under {@code
 * tenantSlug}); otherwise nobody can register through Mosaik and the page says so.
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
        boolean seesParticipants,
        boolean possible,
        String tenantSlug,
        String tenantName) {

    public boolean maySelf() {
        return possible && open && hasBody && invited && !selfRegistered && !quotaReached();
    }

    public boolean mayColleague() {
        return possible && open && hasBody && invited && !colleagueRegistered && !quotaReached();
    }

    public boolean quotaReached() {
        return quota != null && bodyRegistered >= quota;
    }

    /** The page of the registration's personal link, where the person sees and cancels it. */
    public String personalLink(MeetingRegistration registration) {
        return "/" + tenantSlug + "/anmeldung/" + registration.manageToken();
    }
}
