package de.mosaik.practice.web;

import de.mosaik.organisations.Organisation;
import de.mosaik.organisations.Organisations;
import de.mosaik.practice.domain.PracticeExample;
import de.mosaik.practice.domain.PracticeExampleService;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CreatesOrSends;
import de.mosaik.shared.web.CurrentUser;
import java.util.Locale;
import java.util.UUID;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A tenant's practice examples in its back office: any of its staff writes them, any network may review. */
@Controller
@BackOfficePage
@PreAuthorize("hasAnyRole('TENANT_ADMIN','STAFF')")
class OfficePracticeController {

    static final String BASE = "/verwaltung/{slug}/praxisbeispiele";

    private final PracticeEditing editing;
    private final PracticeExampleService service;
    private final Organisations organisations;

    OfficePracticeController(PracticeEditing editing, PracticeExampleService service, Organisations organisations) {
        this.editing = editing;
        this.service = service;
        this.organisations = organisations;
    }

    @GetMapping(BASE)
    String list(BackOfficeTenant tenant, Model model) {
        return editing.list(place(tenant), service.listOfTenant(tenant.id()), model);
    }

    @GetMapping(BASE + "/neu")
    String newForm(BackOfficeTenant tenant, Model model) {
        var own = organisations.ofTenant(tenant.id()).map(Organisation::id).orElse(null);
        return editing.newForm(place(tenant), own, model);
    }

    @CreatesOrSends
    @PostMapping(BASE + "/neu")
    String create(
            BackOfficeTenant tenant,
            @ModelAttribute("form") PracticeForm form,
            BindingResult result,
            @AuthenticationPrincipal CurrentUser user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return editing.create(place(tenant), form, result, user, locale, model, redirect);
    }

    @GetMapping(BASE + "/{id}")
    String edit(BackOfficeTenant tenant, @PathVariable UUID id, Model model) {
        return editing.edit(place(tenant), example(tenant, id), model);
    }

    @PostMapping(BASE + "/{id}")
    String save(
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @ModelAttribute("form") PracticeForm form,
            BindingResult result,
            @AuthenticationPrincipal CurrentUser user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return editing.save(place(tenant), example(tenant, id), form, result, user, locale, model, redirect);
    }

    @PostMapping(BASE + "/{id}/einreichen")
    String submit(
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "-1") int version,
            RedirectAttributes redirect) {
        return editing.submit(place(tenant), example(tenant, id), version, redirect);
    }

    @PostMapping(BASE + "/{id}/zurueckziehen")
    String withdraw(
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "-1") int version,
            RedirectAttributes redirect) {
        return editing.withdraw(place(tenant), example(tenant, id), version, redirect);
    }

    @GetMapping(BASE + "/{id}/bestaetigen")
    String confirmPage(BackOfficeTenant tenant, @PathVariable UUID id, Model model) {
        return editing.confirmPage(place(tenant), example(tenant, id), model);
    }

    @PostMapping(BASE + "/{id}/bestaetigen")
    String confirm(BackOfficeTenant tenant, @PathVariable UUID id, RedirectAttributes redirect) {
        return editing.confirm(place(tenant), example(tenant, id), redirect);
    }

    private static Place place(BackOfficeTenant tenant) {
        return new Place(tenant.path("/praxisbeispiele"), tenant.id(), null);
    }

    private PracticeExample example(BackOfficeTenant tenant, UUID id) {
        return service.ofTenant(tenant.id(), id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
