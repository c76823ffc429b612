package de.mosaik.networks.web;

import de.mosaik.networks.Networks;
import de.mosaik.networks.domain.MeetingInvitations;
import de.mosaik.networks.domain.MeetingRegistrations;
import de.mosaik.networks.domain.RegistrationOutcome;
import de.mosaik.shared.text.SpreadsheetCsv;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.CurrentUser;
import de.mosaik.shared.web.FormErrors;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Registration for a meeting, the coordination's invitations, and the participant list for the host. */
@Controller
@BackOfficePage
class MeetingRegistrationController {

    static final String INVITATIONS = MeetingRoutes.MEETING + "/einladungen";
    static final String PARTICIPANTS = MeetingRoutes.MEETING + "/teilnehmende";
    static final String PARTICIPANTS_CSV = PARTICIPANTS + ".csv";

    private final MeetingRegistrations registrations;
    private final MeetingInvitations invitations;
    private final MeetingPageData pageData;
    private final NetworkPages pages;
    private final Networks networks;

    MeetingRegistrationController(
            MeetingRegistrations registrations,
            MeetingInvitations invitations,
            MeetingPageData pageData,
            NetworkPages pages,
            Networks networks) {
        this.registrations = registrations;
        this.invitations = invitations;
        this.pageData = pageData;
        this.pages = pages;
        this.networks = networks;
    }

    @PostMapping(MeetingRoutes.REGISTRATION)
    String register(
            @PathVariable String network,
            @PathVariable UUID meetingId,
            @AuthenticationPrincipal CurrentUser user,
            @ModelAttribute("registrationForm") RegistrationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var area = pages.prepare(network, model);
        form.check(result);
        if (result.hasErrors()) {
            model.addAttribute("registrationErrors", new FormErrors(result));
            pageData.fill(area, meetingId, model);
            return "networks/meeting";
        }
        var path = MeetingRoutes.meeting(area, meetingId);
        var outcome = registrations.register(
                area.participation(), meetingId, form.person(user.email()), form.colleague(), path);
        if (outcome != RegistrationOutcome.REGISTERED) {
            model.addAttribute("registrationProblem", outcome.messageKey());
            pageData.fill(area, meetingId, model);
            return "networks/meeting";
        }
        redirect.addFlashAttribute("notice", "networks.meeting.registration.done");
        return "redirect:" + path;
    }

    @GetMapping(INVITATIONS)
    String invitationPage(@PathVariable String network, @PathVariable UUID meetingId, Model model) {
        var area = pages.coordinate(network, model);
        pageData.fill(area, meetingId, model);
        model.addAttribute("invitees", invitations.invitees(area.id(), meetingId));
        return "networks/meeting-invitations";
    }

    @PostMapping(INVITATIONS)
    String invite(
            @PathVariable String network, @PathVariable UUID meetingId, Model model, RedirectAttributes redirect) {
        var area = pages.coordinate(network, model);
        pageData.fill(area, meetingId, model);
        int sent = invitations.inviteRest(area.id(), meetingId, MeetingRoutes.meeting(area, meetingId));
        redirect.addFlashAttribute(
                "notice", sent == 0 ? "networks.meeting.invitation.none" : "networks.meeting.invitation.sent");
        return "redirect:" + MeetingRoutes.meeting(area, meetingId) + "/einladungen";
    }

    /**
     * Who registered, with the sessions they were marked present in. Attendance is taken by the registering
     * tenant's staff in the event's attendance pages, to which the page links them.
     */
    @GetMapping(PARTICIPANTS)
    String participants(
            @PathVariable String network,
            @PathVariable UUID meetingId,
            @AuthenticationPrincipal CurrentUser user,
            Model model) {
        var area = pages.prepare(network, model);
        var meeting = pageData.fill(area, meetingId, model);
        if (!MeetingPageData.seesParticipants(area, meeting)) {
            throw new AccessDeniedException("only the coordination and the host see the participants");
        }
        var tenant = pageData.registrationTenant(meeting);
        model.addAttribute("participants", rows(area, meetingId));
        model.addAttribute("attendance", registrations.attendance(area.id(), meetingId));
        model.addAttribute("registrationTenant", tenant.map(t -> t.name()).orElse(""));
        model.addAttribute(
                "attendanceHref",
                tenant.filter(t -> user.tenantStaff() && t.slug().equals(user.tenantSlug()))
                        .map(t -> "/verwaltung/" + t.slug() + "/veranstaltungen/" + meeting.eventId() + "/anwesenheit")
                        .orElse(null));
        return "networks/meeting-participants";
    }

    @GetMapping(PARTICIPANTS_CSV)
    ResponseEntity<byte[]> participantsCsv(@PathVariable String network, @PathVariable UUID meetingId, Model model) {
        var area = pages.prepare(network, model);
        var meeting = pageData.fill(area, meetingId, model);
        if (!MeetingPageData.seesParticipants(area, meeting)) {
            throw new AccessDeniedException("only the coordination and the host see the participants");
        }
        var attendance = registrations.attendance(area.id(), meetingId);
        var csv = SpreadsheetCsv.write(
                List.of("Nachname", "Vorname", "E-Mail", "Mitglied", "Anwesend in Sitzungen"),
                rows(area, meetingId).stream()
                        .map(r -> List.of(
                                r.registration().familyName(),
                                r.registration().givenName(),
                                r.registration().email(),
                                r.body(),
                                String.valueOf(attendance
                                        .getOrDefault(r.registration().id(), Set.of())
                                        .size())))
                        .toList());
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("teilnehmende.csv")
                                .build()
                                .toString())
                .body(csv);
    }

    private List<ParticipantRow> rows(NetworkArea area, UUID meetingId) {
        var bodies = networks.members(area.id()).stream().collect(Collectors.toMap(m -> m.memberId(), m -> m.name()));
        return registrations.of(area.id(), meetingId).stream()
                .map(r -> new ParticipantRow(r, bodies.getOrDefault(r.memberId(), "")))
                .sorted((a, b) -> a.body().compareTo(b.body()) != 0
                        ? a.body().compareTo(b.body())
                        : a.registration()
                                .familyName()
                                .compareTo(b.registration().familyName()))
                .toList();
    }
}
