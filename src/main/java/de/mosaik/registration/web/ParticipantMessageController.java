package de.mosaik.registration.web;

import de.mosaik.registration.RegistrationStatus;
import de.mosaik.registration.domain.ParticipantService;
import de.mosaik.registration.domain.Registration;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CreatesOrSends;
import de.mosaik.shared.web.CurrentUser;
import de.mosaik.shared.web.FormErrors;
import de.mosaik.shared.web.MultiLine;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff write to the participants of an event: to those ticked in the list, or to everyone with a
 * status (without a status: everyone who still holds a seat or waitlist place). The page shows
 * who will get the message before it is sent.
 */
@Controller
@BackOfficePage
@PreAuthorize("hasAnyRole('TENANT_ADMIN','STAFF')")
class ParticipantMessageController {

    private static final int MAX_SUBJECT = 200;
    private static final int MAX_TEXT = 10_000;

    /** What the message form binds: only texts, the recipients are read as ids. */
    public record Texts(String subject, @MultiLine String text) {}

    private final ParticipantPages pages;
    private final ParticipantService participantService;

    ParticipantMessageController(ParticipantPages pages, ParticipantService participantService) {
        this.pages = pages;
        this.participantService = participantService;
    }

    @GetMapping(ParticipantPages.BASE + "/nachricht")
    String form(
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @RequestParam(name = "ids", required = false) @Nullable List<UUID> ids,
            @RequestParam(required = false) @Nullable String status,
            Model model) {
        var event = pages.event(tenant, id);
        var wanted = parseStatus(status);
        var recipients = recipients(tenant, id, ids, wanted);
        model.addAttribute("message", new ParticipantMessage(event, recipients, wanted, "", "", FormErrors.none()));
        return "registration/staff/message";
    }

    @CreatesOrSends
    @PostMapping(ParticipantPages.BASE + "/nachricht")
    String send(
            @AuthenticationPrincipal CurrentUser user,
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @RequestParam(name = "ids", required = false) @Nullable List<UUID> ids,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(defaultValue = "") String subject,
            @RequestParam(defaultValue = "") @MultiLine String text,
            Model model,
            RedirectAttributes redirect) {
        var event = pages.event(tenant, id);
        var wanted = parseStatus(status);
        // The form lists exactly the people the preview showed; nobody is added on the way.
        var recipients = ids == null || ids.isEmpty() ? List.<Registration>of() : recipients(tenant, id, ids, wanted);
        var texts = new Texts(subject.strip(), text.strip());
        var result = new BeanPropertyBindingResult(texts, "message");
        if (texts.subject().isEmpty()) {
            result.rejectValue("subject", "participants.message.subject.required");
        } else if (texts.subject().length() > MAX_SUBJECT
                || texts.subject().indexOf('\n') >= 0
                || texts.subject().indexOf('\r') >= 0) {
            result.rejectValue("subject", "participants.message.subject.invalid");
        }
        if (texts.text().isEmpty()) {
            result.rejectValue("text", "participants.message.text.required");
        } else if (texts.text().length() > MAX_TEXT) {
            result.rejectValue("text", "participants.form.tooLong");
        }
        if (recipients.isEmpty()) {
            result.reject("participants.message.noRecipients");
        }
        if (result.hasErrors()) {
            model.addAttribute(
                    "message",
                    new ParticipantMessage(
                            event, recipients, wanted, texts.subject(), texts.text(), new FormErrors(result)));
            return "registration/staff/message";
        }
        int sent = participantService.message(
                tenant.id(),
                id,
                recipients.stream().map(Registration::id).toList(),
                texts.subject(),
                texts.text(),
                ParticipantPages.actor(user));
        redirect.addFlashAttribute("messaged", sent);
        return "redirect:" + ParticipantPages.list(tenant, id);
    }

    /** The ticked registrations of this event, or all with the status; never anyone outside the event. */
    private List<Registration> recipients(
            BackOfficeTenant tenant, UUID eventId, @Nullable List<UUID> ids, @Nullable RegistrationStatus status) {
        var all = participantService.ofEvent(tenant.id(), eventId);
        if (ids != null && !ids.isEmpty()) {
            var chosen = Set.copyOf(ids);
            return all.stream().filter(r -> chosen.contains(r.id())).toList();
        }
        return all.stream()
                .filter(r -> status == null ? r.status().live() : r.status() == status)
                .toList();
    }

    private static @Nullable RegistrationStatus parseStatus(@Nullable String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return RegistrationStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
