package de.mosaik.identity.web;

import de.mosaik.identity.domain.AccountDirectory;
import de.mosaik.identity.domain.AccountService;
import de.mosaik.identity.domain.MosaikPrincipal;
import de.mosaik.identity.domain.PasswordHashingBulkhead;
import de.mosaik.identity.domain.PasswordPolicy;
import de.mosaik.shared.EmailAddress;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.CreatesOrSends;
import de.mosaik.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Forgotten password (mail link), choosing a new one, and changing it while signed in. */
@Controller
@BackOfficePage
class PasswordController {

    record NewPasswordForm(String password, String confirmation) {}

    record ChangeForm(String current, String password, String confirmation) {}

    private final AccountService accounts;
    private final AccountDirectory directory;

    PasswordController(AccountService accounts, AccountDirectory directory) {
        this.accounts = accounts;
        this.directory = directory;
    }

    /** With {@code gesendet} the answer after a request: the same whether or not the address has an account. */
    @GetMapping(IdentityRoutes.FORGOT_PASSWORD)
    String forgot(@RequestParam(name = "gesendet", required = false) @Nullable String sent, Model model) {
        model.addAttribute("form", new ForgotForm(""));
        model.addAttribute("errors", FormErrors.none());
        model.addAttribute("sent", sent != null);
        return "identity/forgot-password";
    }

    @CreatesOrSends
    @PostMapping(IdentityRoutes.FORGOT_PASSWORD)
    String requestReset(
            @ModelAttribute("form") ForgotForm form,
            BindingResult result,
            Locale locale,
            HttpServletRequest request,
            Model model) {
        var email = form.email() == null ? "" : form.email().strip();
        if (!EmailAddress.isValid(email)) {
            result.rejectValue("email", "identity.email.invalid");
            model.addAttribute("errors", new FormErrors(result));
            model.addAttribute("sent", false);
            return "identity/forgot-password";
        }
        accounts.requestPasswordReset(email, ClientAddress.of(request), locale);
        // Answered with a redirect, so that a double click or a reload sends no second mail.
        return "redirect:" + IdentityRoutes.FORGOT_PASSWORD + "?gesendet";
    }

    @GetMapping(IdentityRoutes.RESET_PASSWORD)
    String resetForm(@PathVariable String token, Model model) {
        if (accounts.passwordReset(token).isEmpty()) {
            return "identity/link-expired";
        }
        model.addAttribute("token", token);
        model.addAttribute("errors", FormErrors.none());
        return "identity/reset-password";
    }

    @PostMapping(IdentityRoutes.RESET_PASSWORD)
    String reset(
            @PathVariable String token,
            @ModelAttribute("form") NewPasswordForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var account = accounts.passwordReset(token);
        if (account.isEmpty()) {
            return "identity/link-expired";
        }
        checkNewPassword(form.password(), form.confirmation(), account.get().email(), result);
        if (result.hasErrors()) {
            model.addAttribute("token", token);
            model.addAttribute("errors", new FormErrors(result));
            return "identity/reset-password";
        }
        if (!accounts.resetPassword(token, form.password())) {
            return "identity/link-expired";
        }
        redirect.addFlashAttribute("notice", "identity.password.resetDone");
        return "redirect:" + IdentityRoutes.LOGIN;
    }

    @GetMapping(IdentityRoutes.CHANGE_PASSWORD)
    String changeForm(@AuthenticationPrincipal MosaikPrincipal user, Model model) {
        model.addAttribute("errors", FormErrors.none());
        model.addAttribute("required", user.mustChangePassword());
        return "identity/change-password";
    }

    @PostMapping(IdentityRoutes.CHANGE_PASSWORD)
    String change(
            @AuthenticationPrincipal MosaikPrincipal user,
            @ModelAttribute("form") ChangeForm form,
            BindingResult result,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            if (form.current() == null || !accounts.passwordMatches(user.accountId(), form.current())) {
                result.rejectValue("current", "identity.password.currentWrong");
            }
        } catch (PasswordHashingBulkhead.Busy busy) {
            // A flood of login attempts keeps the password checks busy; the form stays filled in.
            result.rejectValue("current", "identity.password.busy");
        }
        checkNewPassword(form.password(), form.confirmation(), user.email(), result);
        if (!result.hasFieldErrors("password") && form.password().equals(form.current())) {
            result.rejectValue("password", "identity.password.unchanged");
        }
        if (result.hasErrors()) {
            model.addAttribute("errors", new FormErrors(result));
            model.addAttribute("required", user.mustChangePassword());
            return "identity/change-password";
        }
        accounts.changePassword(user.accountId(), form.password());
        // Other sessions of this account end at their next request; this one goes on.
        var updated = directory.afterPasswordChange(user);
        SignedInSession.replacePrincipal(updated, request, response);
        redirect.addFlashAttribute("notice", "identity.password.changed");
        return "redirect:" + directory.home(updated);
    }

    static void checkNewPassword(String password, String confirmation, String email, BindingResult result) {
        if (password == null || password.isEmpty()) {
            result.rejectValue("password", "identity.password.required");
            return;
        }
        PasswordPolicy.violation(password, email)
                .ifPresent(key -> result.rejectValue("password", key, new Object[] {PasswordPolicy.MIN_LENGTH}, null));
        if (!password.equals(confirmation)) {
            result.rejectValue("confirmation", "identity.password.mismatch");
        }
    }
}
