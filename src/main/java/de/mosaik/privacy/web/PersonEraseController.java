package de.mosaik.privacy.web;

import de.mosaik.privacy.domain.ErasureService;
import de.mosaik.privacy.domain.Person;
import de.mosaik.privacy.domain.PersonService;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CurrentUser;
import de.mosaik.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Erasing a person now (Art. 17 DSGVO): a confirmation page says what goes — including
 * registrations for events still to come, which are cancelled with it — and what the law requires
 * to keep, and asks for the reason, which the erasure log keeps. The button erases every address and
 * registration of the person. The statistical facts stay, pseudonymised, by the reporting schema's
 * triggers.
 */
@Controller
@BackOfficePage
@PreAuthorize("hasAnyRole('TENANT_ADMIN','STAFF')")
class PersonEraseController {

    static final String ERASE = PersonPages.PERSON + "/loeschen";

    private final PersonPages pages;
    private final PersonService directory;
    private final ErasureService erasure;

    PersonEraseController(PersonPages pages, PersonService directory, ErasureService erasure) {
        this.pages = pages;
        this.directory = directory;
        this.erasure = erasure;
    }

    /** The erasure form: why the person is erased (e.g. "Antrag per E-Mail vom 3. Mai"). */
    record EraseForm(@Nullable String reason) {

        String text() {
            return reason == null ? "" : reason.strip();
        }

        void check(BindingResult result, Person person) {
            if (text().isEmpty()) {
                result.rejectValue("reason", "persons.erase.reason.required");
            } else if (text().length() > ErasureService.REASON_MAX) {
                result.rejectValue("reason", "persons.erase.reason.tooLong");
            } else if (ErasureService.namesThePerson(text(), person)) {
                result.rejectValue("reason", "persons.erase.reason.namesPerson");
            }
        }
    }

    @GetMapping(ERASE)
    String confirm(BackOfficeTenant tenant, @PathVariable String key, Model model) {
        return page(tenant, key, pages.viewed(tenant, key), "", FormErrors.none(), model);
    }

    @PostMapping(ERASE)
    String erase(
            @AuthenticationPrincipal CurrentUser user,
            BackOfficeTenant tenant,
            @PathVariable String key,
            @ModelAttribute("form") EraseForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var person = directory.byKey(tenant.id(), key);
        if (person.isEmpty()) {
            // Erased already, e.g. by the first of two submits — or never here: either way nothing to
            // erase, said in words rather than by the bare error page.
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("list", PersonPages.list(tenant));
            return "privacy/persons/gone";
        }
        form.check(result, person.get());
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return page(tenant, key, person.get(), form.text(), new FormErrors(result), model);
        }
        erasure.erase(
                tenant.id(),
                person.get(),
                new ErasureService.Request(form.text(), user.accountId(), user.displayName()),
                Instant.now());
        redirect.addFlashAttribute("notice", "persons.erase.done");
        return "redirect:" + PersonPages.list(tenant);
    }

    private String page(
            BackOfficeTenant tenant, String key, Person person, String reason, FormErrors errors, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("future", ErasureService.futureRegistrations(person, Instant.now()));
        model.addAttribute("kept", erasure.keptOnErasure());
        model.addAttribute("base", PersonPages.page(tenant, key));
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        return "privacy/persons/erase";
    }
}
