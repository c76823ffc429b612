package de.mosaik.networks.web;

import de.mosaik.identity.Accounts;
import de.mosaik.networks.domain.NetworkMembership;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.CurrentUser;
import de.mosaik.shared.web.FormErrors;
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
 * Every person keeps their own entry: function, phone, whether the others see their e-mail and phone, and the
 * language of their mails — the account's language, the same in every network and the practice library.
 */
@Controller
@BackOfficePage
class OwnEntryController {

    static final String OWN_ENTRY = NetworkRoutes.NETWORK + "/mein-eintrag";

    private final NetworkPages pages;
    private final NetworkMembership membership;
    private final Accounts accounts;

    OwnEntryController(NetworkPages pages, NetworkMembership membership, Accounts accounts) {
        this.pages = pages;
        this.membership = membership;
        this.accounts = accounts;
    }

    @GetMapping(OWN_ENTRY)
    String show(@PathVariable String network, @AuthenticationPrincipal CurrentUser user, Model model) {
        var area = pages.prepare(network, model);
        var entry = membership.entryOf(area.id(), user.accountId()).orElseThrow(NetworkPages::notFound);
        model.addAttribute("entry", entry);
        model.addAttribute(
                "form",
                new OwnEntryForm(
                        entry.functionTitle(),
                        entry.phone(),
                        entry.showEmail(),
                        entry.showPhone(),
                        entry.version(),
                        accounts.language(user.accountId()).getLanguage()));
        model.addAttribute("errors", FormErrors.none());
        return page(model);
    }

    @PostMapping(OWN_ENTRY)
    String save(
            @PathVariable String network,
            @AuthenticationPrincipal CurrentUser user,
            @ModelAttribute("form") OwnEntryForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var area = pages.prepare(network, model);
        var entry = membership.entryOf(area.id(), user.accountId()).orElseThrow(NetworkPages::notFound);
        NetworkFormChecks.optional(form.functionTitle(), 200, "functionTitle", result);
        var phone = NetworkFormChecks.text(form.phone());
        if (phone.length() > 50) {
            result.rejectValue("phone", "networks.form.tooLong", new Object[] {50}, null);
        } else if (!phone.isEmpty() && !phone.matches("[0-9+()/ .-]{3,50}")) {
            result.rejectValue("phone", "networks.entry.phoneInvalid");
        }
        if (form.phoneShown() && phone.isEmpty() && !result.hasFieldErrors("phone")) {
            result.rejectValue("phone", "networks.entry.phoneMissing");
        }
        if (form.languageUnknown()) {
            result.rejectValue("language", "networks.entry.language.invalid");
        }
        if (!result.hasErrors()) {
            var outcome = membership.updateOwnEntry(
                    area.id(),
                    user.accountId(),
                    form.knownVersion(),
                    NetworkFormChecks.text(form.functionTitle()),
                    phone,
                    form.emailShown(),
                    form.phoneShown());
            if (outcome == NetworkMembership.Outcome.DONE) {
                form.chosenLanguage().ifPresent(l -> accounts.changeLanguage(user.accountId(), l));
                redirect.addFlashAttribute("notice", "networks.entry.saved");
                return "redirect:" + area.path("/mitglieder");
            }
            result.reject("networks.form.changedMeanwhile");
        }
        model.addAttribute("entry", entry);
        model.addAttribute("errors", new FormErrors(result));
        return page(model);
    }

    private static String page(Model model) {
        model.addAttribute("languages", Accounts.LANGUAGES);
        return "networks/own-entry";
    }
}
