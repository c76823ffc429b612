package de.mosaik.identity.web;

import de.mosaik.identity.Role;
import de.mosaik.identity.domain.AccountService;
import de.mosaik.identity.domain.MosaikPrincipal;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CreatesOrSends;
import de.mosaik.shared.web.FormErrors;
import java.util.Locale;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Tenant administrators invite accounts, change their role and deactivate them. */
@Controller
@BackOfficePage
@PreAuthorize("hasRole('TENANT_ADMIN')")
class AccountsController {

    private final AccountService accounts;

    AccountsController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping(IdentityRoutes.ACCOUNTS)
    String list(BackOfficeTenant tenant, Model model) {
        model.addAttribute("accounts", accounts.ofTenant(tenant.id()));
        return "identity/accounts";
    }

    @GetMapping(IdentityRoutes.ACCOUNTS + "/neu")
    String inviteForm(Model model) {
        model.addAttribute("form", new InviteForm("", "", Role.STAFF));
        model.addAttribute("errors", FormErrors.none());
        return "identity/invite";
    }

    @CreatesOrSends
    @PostMapping(IdentityRoutes.ACCOUNTS + "/neu")
    String invite(
            BackOfficeTenant tenant,
            @ModelAttribute("form") InviteForm form,
            BindingResult result,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        var email = form.email() == null ? "" : form.email().strip();
        FormChecks.name(form.displayName(), "displayName", result);
        FormChecks.email(email, "email", true, result);
        if (form.role() == null || form.role() == Role.PLATFORM_ADMIN) {
            result.rejectValue("role", "identity.role.required");
        }
        if (!result.hasErrors()) {
            try {
                if (accounts.invite(tenant.id(), email, form.displayName(), form.role(), locale)
                        == AccountService.Outcome.EMAIL_TAKEN) {
                    result.rejectValue("email", "identity.email.taken");
                }
            } catch (DuplicateKeyException e) {
                result.rejectValue("email", "identity.email.taken");
            }
        }
        if (result.hasErrors()) {
            model.addAttribute("errors", new FormErrors(result));
            return "identity/invite";
        }
        redirect.addFlashAttribute("notice", "identity.accounts.invited");
        return "redirect:" + tenant.path("/konten");
    }

    @GetMapping(IdentityRoutes.ACCOUNTS + "/{id}")
    String edit(BackOfficeTenant tenant, @PathVariable UUID id, Model model) {
        var account =
                accounts.inTenant(id, tenant.id()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("account", account);
        model.addAttribute("problem", null);
        return "identity/account";
    }

    @PostMapping(IdentityRoutes.ACCOUNTS + "/{id}")
    String update(
            @AuthenticationPrincipal MosaikPrincipal user,
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @ModelAttribute UpdateForm form,
            Model model,
            RedirectAttributes redirect) {
        var account =
                accounts.inTenant(id, tenant.id()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String problem = null;
        if (form.role() == null || form.role() == Role.PLATFORM_ADMIN) {
            problem = "identity.role.required";
        } else if (id.equals(user.accountId()) && !form.active()) {
            problem = "identity.accounts.cannotDeactivateSelf";
        } else {
            problem = switch (accounts.update(id, tenant.id(), form.version(), form.role(), form.active())) {
                case DONE -> null;
                case LAST_ADMIN -> "identity.accounts.lastAdmin";
                case CHANGED_MEANWHILE -> "identity.accounts.changedMeanwhile";
                default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            };
        }
        if (problem != null) {
            model.addAttribute("account", accounts.inTenant(id, tenant.id()).orElse(account));
            model.addAttribute("problem", problem);
            return "identity/account";
        }
        redirect.addFlashAttribute("notice", "identity.accounts.saved");
        return "redirect:" + tenant.path("/konten");
    }

    @CreatesOrSends
    @PostMapping(IdentityRoutes.ACCOUNTS + "/{id}/einladung")
    String resendInvitation(
            BackOfficeTenant tenant, @PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        if (accounts.resendInvitation(id, tenant.id(), locale) == AccountService.Outcome.NOT_FOUND) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("notice", "identity.accounts.invitationResent");
        return "redirect:" + tenant.path("/konten/" + id);
    }
}
