package de.mosaik.networks.web;

import de.mosaik.identity.TenantProfile;
import de.mosaik.identity.Tenants;
import de.mosaik.networks.domain.Meeting;
import de.mosaik.networks.domain.MeetingMinutes;
import de.mosaik.networks.domain.MeetingRegistrations;
import de.mosaik.networks.domain.MeetingService;
import de.mosaik.shared.text.BerlinTime;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What a meeting's page shows: the meeting, its programme, the person's registration and the minutes' state. */
@Component
class MeetingPageData {

    private final MeetingService meetings;
    private final MeetingRegistrations registrations;
    private final MeetingMinutes minutes;
    private final Tenants tenants;

    MeetingPageData(
            MeetingService meetings, MeetingRegistrations registrations, MeetingMinutes minutes, Tenants tenants) {
        this.meetings = meetings;
        this.registrations = registrations;
        this.minutes = minutes;
        this.tenants = tenants;
    }

    /** The tenant that runs the meeting's registrations, if any. */
    Optional<TenantProfile> registrationTenant(Meeting meeting) {
        return meeting.registrationRuns()
                ? tenants.byId(java.util.Objects.requireNonNull(meeting.registrationTenantId()))
                : Optional.empty();
    }

    Meeting fill(NetworkArea area, UUID meetingId, Model model) {
        var meeting = meetings.meeting(area.id(), meetingId).orElseThrow(NetworkPages::notFound);
        model.addAttribute("meeting", meeting);
        model.addAttribute("sessions", meetings.sessions(area.id(), meetingId));
        model.addAttribute("registration", panel(area, meeting));
        model.addAttribute("adopted", minutes.adoptedRecommendations(area.id(), meetingId));
        if (!model.containsAttribute("registrationForm")) {
            model.addAttribute("registrationForm", RegistrationForm.empty());
        }
        return meeting;
    }

    RegistrationPanel panel(NetworkArea area, Meeting meeting) {
        var p = area.participation();
        var tenant = registrationTenant(meeting);
        var mine = registrations.byDelegate(area.id(), meeting.id(), p.accountId());
        var memberId = p.memberId();
        long bodyRegistered = memberId == null
                ? 0
                : registrations.of(area.id(), meeting.id()).stream()
                        .filter(r -> r.memberId().equals(memberId))
                        .count();
        return new RegistrationPanel(
                meeting.registrationOpen(LocalDate.now(BerlinTime.ZONE)),
                memberId != null,
                registrations.invited(meeting.id(), p.delegateId()),
                mine,
                mine.stream().anyMatch(r -> !r.colleague()),
                mine.stream().anyMatch(r -> r.colleague()),
                memberId == null
                        ? null
                        : registrations.quota(area.id(), memberId).orElse(null),
                bodyRegistered,
                seesParticipants(area, meeting),
                tenant.isPresent(),
                tenant.map(TenantProfile::slug).orElse(""),
                tenant.map(TenantProfile::name).orElse(""));
    }

    /** The coordination and the delegates of the host body see who registered. */
    static boolean seesParticipants(NetworkArea area, Meeting meeting) {
        var memberId = area.participation().memberId();
        return area.coordinates() || (memberId != null && memberId.equals(meeting.hostMemberId()));
    }
}
