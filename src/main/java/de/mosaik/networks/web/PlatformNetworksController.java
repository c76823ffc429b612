package de.mosaik.networks.web;

import de.mosaik.networks.NetworkKind;
import de.mosaik.networks.NetworkRole;
import de.mosaik.networks.NetworkSetup.NewNetwork;
import de.mosaik.networks.NetworkVisibility;
import de.mosaik.networks.Networks;
import de.mosaik.networks.domain.DelegateInvitations;
import de.mosaik.networks.domain.NetworkMembership;
import de.mosaik.networks.domain.NetworkProfiles;
import de.mosaik.organisations.Organisations;
import de.mosaik.shared.text.BerlinTime;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.FormErrors;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The platform administration creates networks and invites each one's first coordinator; from then on the
 * coordination runs the network. The administration sees no network's members' area through this page.
 */
@Controller
@BackOfficePage
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class PlatformNetworksController {

    static final String LIST = "/plattform/netzwerke";
    static final String NEW = LIST + "/neu";
    private static final int BODIES_OFFERED = 1000;

    private final Networks networks;
    private final NetworkProfiles profiles;
    private final NetworkMembership membership;
    private final DelegateInvitations invitations;
    private final Organisations organisations;
    private final TransactionTemplate transaction;

    PlatformNetworksController(
            Networks networks,
            NetworkProfiles profiles,
            NetworkMembership membership,
            DelegateInvitations invitations,
            Organisations organisations,
            TransactionTemplate transaction) {
        this.networks = networks;
        this.profiles = profiles;
        this.membership = membership;
        this.invitations = invitations;
        this.organisations = organisations;
        this.transaction = transaction;
    }

    @GetMapping(LIST)
    String list(Model model) {
        model.addAttribute("networks", networks.all());
        return "networks/platform-list";
    }

    @GetMapping(NEW)
    String form(Model model, Locale locale) {
        var form = NewNetworkForm.blank();
        return page(
                new NewNetworkForm(
                        form.name(),
                        form.slug(),
                        form.kind(),
                        form.description(),
                        form.coordinatingOrganisationId(),
                        form.visibility(),
                        form.coordinatorEmail(),
                        form.coordinatorName(),
                        locale.getLanguage()),
                FormErrors.none(),
                model);
    }

    @PostMapping(NEW)
    String create(
            @ModelAttribute("form") NewNetworkForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        NetworkFormChecks.required(form.name(), 200, "name", result);
        var slug = NetworkFormChecks.text(form.slug());
        if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*") || slug.length() > 60) {
            result.rejectValue("slug", "networks.platform.slugInvalid");
        } else if (profiles.slugTaken(slug)) {
            result.rejectValue("slug", "networks.platform.slugTaken");
        }
        var kind = NetworkFormChecks.choice(form.kind(), NetworkKind.class, "kind", result);
        NetworkFormChecks.optional(
                form.description(), NetworkSettingsController.MAX_DESCRIPTION, "description", result);
        var visibility = NetworkFormChecks.choice(form.visibility(), NetworkVisibility.class, "visibility", result);
        UUID coordinating = null;
        var chosen = NetworkFormChecks.text(form.coordinatingOrganisationId());
        if (chosen.isEmpty()) {
            result.rejectValue("coordinatingOrganisationId", "networks.form.required");
        } else {
            try {
                coordinating = organisations
                        .byId(UUID.fromString(chosen))
                        .map(o -> o.id())
                        .orElse(null);
            } catch (IllegalArgumentException e) {
                coordinating = null;
            }
            if (coordinating == null) {
                result.rejectValue("coordinatingOrganisationId", "networks.form.choice");
            }
        }
        NetworkFormChecks.email(form.coordinatorEmail(), "coordinatorEmail", result);
        NetworkFormChecks.required(form.coordinatorName(), 200, "coordinatorName", result);
        if (result.hasErrors()) {
            return page(form, new FormErrors(result), model);
        }
        var body = coordinating;
        var language = "en".equals(form.language()) ? Locale.ENGLISH : Locale.GERMAN;
        var created = transaction.execute(status -> {
            var today = LocalDate.now(BerlinTime.ZONE);
            var id = profiles.create(new NewNetwork(
                    slug,
                    NetworkFormChecks.text(form.name()),
                    kind.orElseThrow(),
                    NetworkFormChecks.text(form.description()),
                    body,
                    visibility.orElseThrow(),
                    today));
            if (id.isEmpty()) {
                return false;
            }
            membership.addMember(id.get(), body, today);
            var member = networks.members(id.get()).stream()
                    .filter(m -> m.organisationId().equals(body))
                    .findFirst()
                    .orElseThrow();
            invitations.invite(
                    networks.byId(id.get()).orElseThrow(),
                    member.memberId(),
                    NetworkFormChecks.text(form.coordinatorEmail()),
                    NetworkFormChecks.text(form.coordinatorName()),
                    NetworkRole.COORDINATOR,
                    true,
                    language);
            return true;
        });
        if (!Boolean.TRUE.equals(created)) {
            result.rejectValue("slug", "networks.platform.slugTaken");
            return page(form, new FormErrors(result), model);
        }
        redirect.addFlashAttribute("notice", "networks.platform.created");
        return "redirect:" + LIST;
    }

    private String page(NewNetworkForm form, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("bodies", organisations.search("", BODIES_OFFERED));
        return "networks/platform-new";
    }
}
