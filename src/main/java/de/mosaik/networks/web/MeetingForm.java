package de.mosaik.networks.web;

import de.mosaik.networks.domain.Meeting;
import de.mosaik.networks.domain.MeetingDetails;
import de.mosaik.shared.web.MultiLine;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** The meeting form of the coordination; dates and host arrive as text, so that bad input is named, not a 400. */
public record MeetingForm(
        String title,
        String hostMemberId,
        String startsOn,
        String endsOn,
        String venue,
        String address,
        @MultiLine String travelNotes,
        int version,
        String registrationTenantId) {
    /** Fields a request leaves out arrive as null; they count as empty. */
    public MeetingForm {
        title = title == null ? "" : title;
        hostMemberId = hostMemberId == null ? "" : hostMemberId;
        startsOn = startsOn == null ? "" : startsOn;
        endsOn = endsOn == null ? "" : endsOn;
        venue = venue == null ? "" : venue;
        address = address == null ? "" : address;
        travelNotes = travelNotes == null ? "" : travelNotes;
        registrationTenantId = registrationTenantId == null ? "" : registrationTenantId;
    }

    static MeetingForm empty() {
        return new MeetingForm("", "", "", "", "", "", "", 0, "");
    }

    static MeetingForm of(Meeting m) {
        return new MeetingForm(
                m.title(),
                m.hostMemberId() == null ? "" : m.hostMemberId().toString(),
                m.startsOn().toString(),
                m.endsOn().toString(),
                m.venue(),
                m.address(),
                m.travelNotes(),
                m.version(),
                m.registrationTenantId() == null ? "" : m.registrationTenantId().toString());
    }

    MeetingForm withVersion(int newVersion) {
        return new MeetingForm(
                title, hostMemberId, startsOn, endsOn, venue, address, travelNotes, newVersion, registrationTenantId);
    }

    void check(BindingResult result) {
        var title = FormText.strip(this.title);
        if (title.isEmpty()) {
            result.rejectValue("title", "networks.meeting.title.required");
        } else if (title.length() > 200) {
            result.rejectValue("title", "networks.meeting.form.tooLong");
        }
        var start = FormText.date(startsOn);
        var end = FormText.date(endsOn);
        if (start == null) {
            result.rejectValue("startsOn", "networks.meeting.form.date");
        }
        if (end == null) {
            result.rejectValue("endsOn", "networks.meeting.form.date");
        } else if (start != null && end.isBefore(start)) {
            result.rejectValue("endsOn", "networks.meeting.endsOn.beforeStart");
        }
        if (!hostMemberId.isBlank() && FormText.uuid(hostMemberId) == null) {
            result.rejectValue("hostMemberId", "networks.meeting.host.unknown");
        }
        if (!registrationTenantId.isBlank() && FormText.uuid(registrationTenantId) == null) {
            result.rejectValue("registrationTenantId", "networks.meeting.registrationTenant.unknown");
        }
        if (FormText.strip(venue).length() > 300) {
            result.rejectValue("venue", "networks.meeting.form.tooLong");
        }
        if (FormText.strip(address).length() > 300) {
            result.rejectValue("address", "networks.meeting.form.tooLong");
        }
        if (travelNotes.length() > 10_000) {
            result.rejectValue("travelNotes", "networks.meeting.form.tooLong");
        }
    }

    @Nullable
    UUID host() {
        return hostMemberId.isBlank() ? null : FormText.uuid(hostMemberId);
    }

    MeetingDetails details() {
        return new MeetingDetails(
                FormText.strip(title),
                host(),
                LocalDate.parse(startsOn.strip()),
                LocalDate.parse(endsOn.strip()),
                FormText.strip(venue),
                FormText.strip(address),
                travelNotes.strip(),
                registrationTenantId.isBlank() ? null : FormText.uuid(registrationTenantId));
    }
}
