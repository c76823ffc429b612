package de.mosaik.networks.web;

import de.mosaik.networks.MemberBody;
import de.mosaik.networks.NetworkRole;
import de.mosaik.networks.Networks;
import de.mosaik.networks.domain.Delegate;
import de.mosaik.networks.domain.DelegateInvitations;
import de.mosaik.networks.domain.NetworkMembership;
import de.mosaik.shared.text.BerlinTime;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.CreatesOrSends;
import de.mosaik.shared.web.CurrentUser;
import de.mosaik.shared.web.FormErrors;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The member list of a network with the contact details each delegate agreed to show; the coordination keeps
 * the member bodies (left date, quota) and their delegates (invitation, role, removal) here.
 */
@Controller
@BackOfficePage
class NetworkMembersController {

    static final String MEMBERS = NetworkRoutes.NETWORK + "/mitglieder";
    static final String MEMBER = MEMBERS + "/{memberId}";
    static final String DELEGATE = NetworkRoutes.NETWORK + "/delegierte/{delegateId}";

    private final NetworkPages pages;
    private final Networks networks;
    private final NetworkMembership membership;
    private final DelegateInvitations invitations;

    NetworkMembersController(
            NetworkPages pages, Networks networks, NetworkMembership membership, DelegateInvitations invitations) {
        this.pages = pages;
        this.networks = networks;
        this.membership = membership;
        this.invitations = invitations;
    }

    @GetMapping(MEMBERS)
    String list(@PathVariable String network, Model model) {
        var area = pages.prepare(network, model);
        model.addAttribute("listing", listing(area));
        return "networks/members";
    }

    @GetMapping(MEMBER)
    String member(@PathVariable String network, @PathVariable String memberId, Model model, Locale locale) {
        var area = pages.coordinate(network, model);
        var body = body(area, memberId);
        return memberPage(
                area,
                body,
                new MemberForm(
                        text(body.leftOn()),
                        text(body.meetingQuota()),
                        membership.memberVersion(area.id(), body.memberId())),
                FormErrors.none(),
                InviteDelegateForm.blank(locale.getLanguage()),
                FormErrors.none(),
                model);
    }

    @PostMapping(MEMBER)
    String updateMember(
            @PathVariable String network,
            @PathVariable String memberId,
            @ModelAttribute("form") MemberForm form,
            BindingResult result,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        var area = pages.coordinate(network, model);
        var body = body(area, memberId);
        var leftOn = NetworkFormChecks.date(form.leftOn(), "leftOn", result);
        if (leftOn != null && leftOn.isBefore(body.joinedOn())) {
            result.rejectValue("leftOn", "networks.member.leftBeforeJoined");
        }
        var quota = NetworkFormChecks.positive(form.meetingQuota(), "meetingQuota", result);
        if (!result.hasErrors()) {
            var outcome = membership.updateMember(area.id(), body.memberId(), form.knownVersion(), leftOn, quota);
            if (outcome == NetworkMembership.Outcome.DONE) {
                redirect.addFlashAttribute("notice", "networks.member.saved");
                return "redirect:" + area.path("/mitglieder/" + body.memberId());
            }
            if (outcome == NetworkMembership.Outcome.NOT_FOUND) {
                throw NetworkPages.notFound();
            }
            result.reject("networks.form.changedMeanwhile");
        }
        return memberPage(
                area,
                body,
                form,
                new FormErrors(result),
                InviteDelegateForm.blank(locale.getLanguage()),
                FormErrors.none(),
                model);
    }

    @CreatesOrSends
    @PostMapping(MEMBER + "/einladen")
    String invite(
            @PathVariable String network,
            @PathVariable String memberId,
            @ModelAttribute("invite") InviteDelegateForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var area = pages.coordinate(network, model);
        var body = body(area, memberId);
        NetworkFormChecks.email(form.email(), "email", result);
        NetworkFormChecks.required(form.displayName(), 200, "displayName", result);
        var role = NetworkFormChecks.choice(form.role(), NetworkRole.class, "role", result);
        var language = "en".equals(form.language()) ? Locale.ENGLISH : Locale.GERMAN;
        if (!result.hasErrors()) {
            var invited = invitations.invite(
                    area.network(),
                    body.memberId(),
                    NetworkFormChecks.text(form.email()),
                    NetworkFormChecks.text(form.displayName()),
                    role.orElseThrow(),
                    form.reviews(),
                    language);
            if (invited != DelegateInvitations.Invited.ALREADY_IN_NETWORK) {
                redirect.addFlashAttribute("notice", "networks.invite.done." + invited.name());
                return "redirect:" + area.path("/mitglieder/" + body.memberId());
            }
            result.rejectValue("email", "networks.invite.alreadyInNetwork");
        }
        return memberPage(
                area,
                body,
                new MemberForm(
                        text(body.leftOn()),
                        text(body.meetingQuota()),
                        membership.memberVersion(area.id(), body.memberId())),
                FormErrors.none(),
                form,
                new FormErrors(result),
                model);
    }

    @GetMapping(DELEGATE)
    String delegate(@PathVariable String network, @PathVariable String delegateId, Model model) {
        var area = pages.coordinate(network, model);
        var delegate = delegate(area, delegateId);
        return delegatePage(
                area,
                delegate,
                new DelegateRoleForm(delegate.role().name(), delegate.editor(), delegate.version()),
                FormErrors.none(),
                model);
    }

    @PostMapping(DELEGATE)
    String updateDelegate(
            @PathVariable String network,
            @PathVariable String delegateId,
            @ModelAttribute("form") DelegateRoleForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var area = pages.coordinate(network, model);
        var delegate = delegate(area, delegateId);
        var role = NetworkFormChecks.choice(form.role(), NetworkRole.class, "role", result);
        if (role.isPresent() && role.get() == NetworkRole.DELEGATE && delegate.memberId() == null) {
            result.rejectValue("role", "networks.delegate.needsBody");
        }
        if (!result.hasErrors()) {
            var outcome = membership.updateRole(
                    area.id(), delegate.id(), form.knownVersion(), role.orElseThrow(), form.reviews());
            if (outcome == NetworkMembership.Outcome.DONE) {
                redirect.addFlashAttribute("notice", "networks.delegate.saved");
                return "redirect:" + back(area, delegate);
            }
            if (outcome == NetworkMembership.Outcome.NOT_FOUND) {
                throw NetworkPages.notFound();
            }
            result.reject("networks.form.changedMeanwhile");
        }
        return delegatePage(area, delegate, form, new FormErrors(result), model);
    }

    @PostMapping(DELEGATE + "/entfernen")
    String remove(
            @PathVariable String network,
            @PathVariable String delegateId,
            @AuthenticationPrincipal CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var area = pages.coordinate(network, model);
        var delegate = delegate(area, delegateId);
        if (delegate.accountId().equals(user.accountId())) {
            // The coordination cannot lock itself out; another coordinator removes them.
            redirect.addFlashAttribute("notice", "networks.delegate.notYourself");
            return "redirect:" + area.path("/delegierte/" + delegate.id());
        }
        membership.remove(area.id(), delegate.id());
        redirect.addFlashAttribute("notice", "networks.delegate.removed");
        return "redirect:" + back(area, delegate);
    }

    private String memberPage(
            NetworkArea area,
            MemberBody body,
            MemberForm form,
            FormErrors errors,
            InviteDelegateForm invite,
            FormErrors inviteErrors,
            Model model) {
        model.addAttribute("body", body);
        model.addAttribute(
                "delegates",
                membership.delegates(area.id()).stream()
                        .filter(d -> body.memberId().equals(d.memberId()))
                        .toList());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("invite", invite);
        model.addAttribute("inviteErrors", inviteErrors);
        return "networks/member";
    }

    private String delegatePage(
            NetworkArea area, Delegate delegate, DelegateRoleForm form, FormErrors errors, Model model) {
        model.addAttribute("delegate", delegate);
        model.addAttribute(
                "body",
                delegate.memberId() == null
                        ? null
                        : networks.members(area.id()).stream()
                                .filter(m -> m.memberId().equals(delegate.memberId()))
                                .findFirst()
                                .orElse(null));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "networks/delegate";
    }

    MemberListing listing(NetworkArea area) {
        return MemberListing.of(
                networks.members(area.id()), membership.delegates(area.id()), LocalDate.now(BerlinTime.ZONE));
    }

    private MemberBody body(NetworkArea area, String memberId) {
        var id = NetworkIds.parse(memberId);
        return networks.members(area.id()).stream()
                .filter(m -> m.memberId().equals(id))
                .findFirst()
                .orElseThrow(NetworkPages::notFound);
    }

    private Delegate delegate(NetworkArea area, String delegateId) {
        return membership.delegate(area.id(), NetworkIds.parse(delegateId)).orElseThrow(NetworkPages::notFound);
    }

    private static String back(NetworkArea area, Delegate delegate) {
        return delegate.memberId() == null ? area.path("/mitglieder") : area.path("/mitglieder/" + delegate.memberId());
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
