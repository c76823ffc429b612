package de.mosaik.privacy.web;

import de.mosaik.privacy.domain.PersonDirectory;
import de.mosaik.privacy.domain.PersonalDataErasure;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.BackOfficeTenant;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Erasing a person now (Art. 17 DSGVO): a confirmation page says what goes and what the law
 * requires to keep; the button erases every address and registration of the person. The
 * statistical facts stay, pseudonymised, by the reporting schema's triggers.
 */
@Controller
@BackOfficePage
@PreAuthorize("hasAnyRole('TENANT_ADMIN','STAFF')")
class PersonEraseController {

    static final String ERASE = PersonPages.PERSON + "/loeschen";

    private final PersonPages pages;
    private final PersonDirectory directory;
    private final PersonalDataErasure erasure;

    PersonEraseController(PersonPages pages, PersonDirectory directory, PersonalDataErasure erasure) {
        this.pages = pages;
        this.directory = directory;
        this.erasure = erasure;
    }

    @GetMapping(ERASE)
    String confirm(BackOfficeTenant tenant, @PathVariable String key, Model model) {
        model.addAttribute("person", pages.viewed(tenant, key));
        model.addAttribute("kept", erasure.keptOnErasure());
        model.addAttribute("base", PersonPages.page(tenant, key));
        return "privacy/persons/erase";
    }

    @PostMapping(ERASE)
    String erase(
            BackOfficeTenant tenant,
            @PathVariable String key,
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
        erasure.erase(tenant.id(), person.get().subject());
        redirect.addFlashAttribute("notice", "persons.erase.done");
        return "redirect:" + PersonPages.list(tenant);
    }
}
