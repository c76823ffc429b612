package de.mosaik.portal.web;

import de.mosaik.portal.PortalImages;
import de.mosaik.portal.PortalTexts;
import de.mosaik.portal.domain.ContactService;
import de.mosaik.portal.domain.EditOutcome;
import de.mosaik.portal.domain.PortalPlaceService;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CreatesOrSends;
import de.mosaik.shared.web.FormErrors;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The tenant's places (Orte of the portal, not event venues) in the back office. */
@Controller
@BackOfficePage
@PreAuthorize(ContentRoutes.EDIT)
class PlaceAdminController {

    private static final String LIST = ContentRoutes.BASE + ContentRoutes.PLACES;

    private final PortalPlaceService places;
    private final ContactService contacts;
    private final PortalImages images;

    PlaceAdminController(PortalPlaceService places, ContactService contacts, PortalImages images) {
        this.places = places;
        this.contacts = contacts;
        this.images = images;
    }

    @GetMapping(LIST)
    String list(BackOfficeTenant tenant, Model model) {
        model.addAttribute("places", places.all(tenant.id()));
        return "portal/content/places";
    }

    @GetMapping(LIST + "/neu")
    String newPlace(BackOfficeTenant tenant, Model model) {
        return page(tenant, null, PlaceForm.empty(), FormErrors.none(), null, model);
    }

    @CreatesOrSends
    @PostMapping(LIST + "/neu")
    String create(
            BackOfficeTenant tenant,
            @ModelAttribute("form") PlaceForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        form.check(result);
        if (!result.hasErrors()) {
            reject(places.create(tenant.id(), form.details(), form.photo()).outcome(), result);
        }
        if (result.hasErrors()) {
            return page(tenant, null, form, new FormErrors(result), null, model);
        }
        redirect.addFlashAttribute("notice", "portal.place.saved");
        return "redirect:" + tenant.path(ContentRoutes.PLACES);
    }

    @GetMapping(LIST + "/{id}")
    String edit(BackOfficeTenant tenant, @PathVariable UUID id, Model model) {
        var place = places.byId(tenant.id(), id).orElseThrow(OfferAdminController::notFound);
        return page(tenant, id, PlaceForm.of(place), FormErrors.none(), null, model);
    }

    @PostMapping(LIST + "/{id}")
    String update(
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @ModelAttribute("form") PlaceForm form,
            BindingResult result,
            @RequestParam(name = "minorEdit", defaultValue = "false") boolean minorEdit,
            Model model,
            RedirectAttributes redirect) {
        places.byId(tenant.id(), id).orElseThrow(OfferAdminController::notFound);
        form.check(result);
        if (result.hasErrors()) {
            return page(tenant, id, form, new FormErrors(result), null, model);
        }
        var outcome = places.update(tenant.id(), id, form.version(), form.details(), form.photo(), minorEdit);
        if (reject(outcome, result)) {
            return page(tenant, id, form, new FormErrors(result), null, model);
        }
        if (outcome == EditOutcome.CHANGED_MEANWHILE) {
            var current = places.byId(tenant.id(), id).orElseThrow(OfferAdminController::notFound);
            model.addAttribute(
                    "stale",
                    StaleSave.compare()
                            .text(
                                    "portal.place.name",
                                    form.name(),
                                    current.details().name())
                            .text(
                                    "portal.place.summary",
                                    form.summary(),
                                    current.details().summary())
                            .build(current.version(), null, null, tenant.path(ContentRoutes.PLACES + "/" + id)));
            return page(
                    tenant,
                    id,
                    form.withVersion(current.version()),
                    FormErrors.none(),
                    "portal.content.conflict",
                    model);
        }
        if (outcome != EditOutcome.DONE) {
            throw OfferAdminController.notFound();
        }
        redirect.addFlashAttribute("notice", "portal.place.saved");
        return "redirect:" + tenant.path(ContentRoutes.PLACES);
    }

    @GetMapping(LIST + "/{id}/loeschen")
    String confirmDelete(BackOfficeTenant tenant, @PathVariable UUID id, Model model) {
        var place = places.byId(tenant.id(), id).orElseThrow(OfferAdminController::notFound);
        model.addAttribute("name", place.name());
        model.addAttribute("questionKey", "portal.place.delete.question");
        model.addAttribute("action", tenant.path(ContentRoutes.PLACES + "/" + id + "/loeschen"));
        model.addAttribute("back", tenant.path(ContentRoutes.PLACES + "/" + id));
        return "portal/content/delete";
    }

    @PostMapping(LIST + "/{id}/loeschen")
    String delete(BackOfficeTenant tenant, @PathVariable UUID id, RedirectAttributes redirect) {
        if (!places.delete(tenant.id(), id)) {
            throw OfferAdminController.notFound();
        }
        redirect.addFlashAttribute("notice", "portal.place.deleted");
        return "redirect:" + tenant.path(ContentRoutes.PLACES);
    }

    /** Names the field an outcome refuses; true when it refused one. */
    private static boolean reject(EditOutcome outcome, BindingResult result) {
        switch (outcome) {
            case NAME_TAKEN -> result.rejectValue("name", "portal.place.name.taken");
            case IMAGE_UNKNOWN -> result.rejectValue("photoId", "portal.place.photo.unknown");
            default -> {
                return false;
            }
        }
        return true;
    }

    private String page(
            BackOfficeTenant tenant,
            @Nullable UUID id,
            PlaceForm form,
            FormErrors errors,
            @Nullable String problem,
            Model model) {
        model.addAttribute("placeId", id);
        model.addAttribute(
                "view",
                new PlaceEditPage(
                        form,
                        errors,
                        problem,
                        contacts.all(tenant.id()),
                        images.choices(tenant.id(), tenant.slug()),
                        tenant.path("/inhalte/bilder"),
                        id == null ? null : ContentRoutes.translations(tenant.slug(), PortalTexts.PLACE, id),
                        id == null
                                ? null
                                : places.byId(tenant.id(), id)
                                        .map(p -> p.path(tenant.slug()))
                                        .orElse(null)));
        return "portal/content/place";
    }
}
