package de.mosaik.identity.web;

import de.mosaik.identity.domain.AccountService;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An invited person opens the link from the mail and chooses name and password. */
@Controller
@BackOfficePage
class InvitationController {

    private final AccountService accounts;

    InvitationController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping(IdentityRoutes.INVITATION)
    String show(@PathVariable String token, Model model) {
        var account = accounts.invitation(token);
        if (account.isEmpty()) {
            return "identity/link-expired";
        }
        model.addAttribute("token", token);
        model.addAttribute("email", account.get().email());
        model.addAttribute("form", new AcceptForm(account.get().displayName(), "", ""));
        model.addAttribute("errors", FormErrors.none());
        return "identity/invitation";
    }

    @PostMapping(IdentityRoutes.INVITATION)
    String accept(
            @PathVariable String token,
            @ModelAttribute("form") AcceptForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var account = accounts.invitation(token);
        if (account.isEmpty()) {
            return "identity/link-expired";
        }
        FormChecks.name(form.displayName(), "displayName", result);
        PasswordController.checkNewPassword(
                form.password(), form.confirmation(), account.get().email(), result);
        if (result.hasErrors()) {
            model.addAttribute("token", token);
            model.addAttribute("email", account.get().email());
            model.addAttribute("errors", new FormErrors(result));
            return "identity/invitation";
        }
        if (!accounts.acceptInvitation(token, form.displayName(), form.password())) {
            return "identity/link-expired";
        }
        redirect.addFlashAttribute("notice", "identity.invitation.accepted");
        return "redirect:" + IdentityRoutes.LOGIN;
    }
}
