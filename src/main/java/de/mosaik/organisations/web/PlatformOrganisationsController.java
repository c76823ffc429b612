package de.mosaik.organisations.web;

import de.mosaik.identity.Tenants;
import de.mosaik.organisations.FederalState;
import de.mosaik.organisations.InvalidOrganisationException;
import de.mosaik.organisations.Organisation;
import de.mosaik.organisations.OrganisationKind;
import de.mosaik.organisations.Organisations.Updated;
import de.mosaik.organisations.domain.OrganisationService;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.CreatesOrSends;
import de.mosaik.shared.web.FormErrors;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
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

/**
 * The platform administration keeps the register: searches it, adds bodies (shown the likely duplicates
 * first), corrects them without overwriting somebody else's change, and links a body to its tenant.
 */
@Controller
@BackOfficePage
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class PlatformOrganisationsController {

    static final int PAGE_SIZE = 25;

    private final OrganisationService register;
    private final Tenants tenants;

    PlatformOrganisationsController(OrganisationService register, Tenants tenants) {
        this.register = register;
        this.tenants = tenants;
    }

    @GetMapping(OrganisationRoutes.LIST)
    String list(
            @RequestParam(name = "q", required = false) @Nullable String query,
            @RequestParam(name = "art", required = false) @Nullable String kind,
            @RequestParam(name = "land", required = false) @Nullable String state,
            @RequestParam(name = "seite", required = false) @Nullable String page,
            Model model) {
        var text = query == null ? "" : query.strip();
        var chosenKind = Arrays.stream(OrganisationKind.values())
                .filter(k -> k.name().equals(kind))
                .findFirst()
                .orElse(null);
        var chosenState = state == null ? null : FederalState.ofCode(state).orElse(null);
        var number =
                page != null && page.strip().matches("[0-9]{1,6}") ? Math.max(1, Integer.parseInt(page.strip())) : 1;
        var listing = register.list(text, chosenKind, chosenState, (number - 1) * PAGE_SIZE, PAGE_SIZE);
        model.addAttribute(
                "page",
                new OrganisationListPage(
                        text, chosenKind, chosenState, number, PAGE_SIZE, listing.total(), listing.rows()));
        return "organisations/list";
    }

    @GetMapping(OrganisationRoutes.NEW)
    String newForm(Model model) {
        return newPage(OrganisationForm.empty(), FormErrors.none(), List.of(), model);
    }

    /** A repeat of the same details finds the first body as a duplicate; a repeated "trotzdem" the token stops. */
    @CreatesOrSends
    @PostMapping(OrganisationRoutes.NEW)
    String create(
            @ModelAttribute("form") OrganisationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        form.checkTyped(result);
        // A key that is taken is shown with its holder among the likely duplicates, unless already confirmed.
        OrganisationForm.reject(
                form.duplicatesChecked() ? register.check(form.details()) : register.problems(form.details()), result);
        if (result.hasErrors()) {
            return newPage(form, new FormErrors(result), List.of(), model);
        }
        UUID id;
        try {
            if (form.duplicatesChecked()) {
                id = register.registerConfirmed(form.details());
            } else {
                var registered = register.register(form.details());
                if (registered.id().isEmpty()) {
                    return newPage(form, FormErrors.none(), registered.likelyDuplicates(), model);
                }
                id = registered.id().get();
            }
        } catch (InvalidOrganisationException changedMeanwhile) {
            // Somebody took the official key between the check and the insert.
            OrganisationForm.reject(changedMeanwhile.problems(), result);
            return newPage(form, new FormErrors(result), List.of(), model);
        }
        redirect.addFlashAttribute("notice", "organisations.register.added");
        return "redirect:" + OrganisationRoutes.one(id);
    }

    @GetMapping(OrganisationRoutes.ONE)
    String edit(@PathVariable UUID organisationId, Model model) {
        var body = body(organisationId);
        return editPage(body, OrganisationForm.of(body), FormErrors.none(), null, model);
    }

    @PostMapping(OrganisationRoutes.ONE)
    String update(
            @PathVariable UUID organisationId,
            @ModelAttribute("form") OrganisationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var body = body(organisationId);
        form.checkTyped(result);
        OrganisationForm.reject(register.checkChange(organisationId, form.details()), result);
        if (result.hasErrors()) {
            return editPage(body, form, new FormErrors(result), null, model);
        }
        Updated outcome;
        try {
            outcome = register.update(organisationId, form.expectedVersion(), form.details());
        } catch (InvalidOrganisationException changedMeanwhile) {
            OrganisationForm.reject(changedMeanwhile.problems(), result);
            return editPage(body, form, new FormErrors(result), null, model);
        }
        return switch (outcome) {
            case SAVED -> {
                redirect.addFlashAttribute("notice", "organisations.register.saved");
                yield "redirect:" + OrganisationRoutes.one(organisationId);
            }
            case STALE -> {
                // Somebody saved in between: the form keeps this person's typing and takes the new version,
                // so that saving again after a look at the current values overwrites knowingly.
                var current = body(organisationId);
                yield editPage(
                        current,
                        form.withVersion(current.version()),
                        FormErrors.none(),
                        "organisations.register.conflict",
                        model);
            }
            case NOT_FOUND -> throw notFound();
        };
    }

    @PostMapping(OrganisationRoutes.TENANT)
    String linkTenant(
            @PathVariable UUID organisationId,
            @RequestParam(name = "tenantId", required = false) @Nullable String tenantId,
            Model model,
            RedirectAttributes redirect) {
        var body = body(organisationId);
        var none = tenantId == null || tenantId.isBlank();
        var tenant = none ? null : tenant(tenantId);
        if (!none && tenant == null) {
            return editPage(body, OrganisationForm.of(body), FormErrors.none(), "organisations.tenant.unknown", model);
        }
        if (tenant == null) {
            register.unlinkTenant(organisationId);
            redirect.addFlashAttribute("notice", "organisations.tenant.unlinked");
            return "redirect:" + OrganisationRoutes.one(organisationId);
        }
        var runner = register.ofTenant(tenant);
        if (runner.isPresent() && !runner.get().id().equals(organisationId)) {
            return editPage(body, OrganisationForm.of(body), FormErrors.none(), "organisations.tenant.taken", model);
        }
        register.linkTenant(organisationId, tenant);
        redirect.addFlashAttribute("notice", "organisations.tenant.linked");
        return "redirect:" + OrganisationRoutes.one(organisationId);
    }

    private @Nullable UUID tenant(String value) {
        try {
            var id = UUID.fromString(value.strip());
            return tenants.byId(id).isPresent() ? id : null;
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    private String newPage(OrganisationForm form, FormErrors errors, List<Organisation> duplicates, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("duplicates", duplicates);
        model.addAttribute("body", null);
        model.addAttribute("problem", null);
        model.addAttribute("tenants", List.of());
        return "organisations/form";
    }

    private String editPage(
            Organisation body, OrganisationForm form, FormErrors errors, @Nullable String problem, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("duplicates", List.of());
        model.addAttribute("body", body);
        model.addAttribute("problem", problem);
        model.addAttribute("tenants", tenants.all());
        return "organisations/form";
    }

    private Organisation body(UUID id) {
        return register.byId(id).orElseThrow(PlatformOrganisationsController::notFound);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
