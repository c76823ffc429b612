package de.mosaik.portal.web;

import de.mosaik.portal.PortalTexts;
import de.mosaik.portal.domain.ContactService;
import de.mosaik.portal.domain.EditOutcome;
import de.mosaik.portal.domain.OfferService;
import de.mosaik.portal.domain.PageService;
import de.mosaik.portal.domain.PortalPlaceService;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CreatesOrSends;
import de.mosaik.shared.web.FormErrors;
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

/** The tenant's offers (Angebote) in the back office. */
@Controller
@BackOfficePage
@PreAuthorize(ContentRoutes.EDIT)
class OfferAdminController {

    private static final String LIST = ContentRoutes.BASE + ContentRoutes.OFFERS;

    private final OfferService offers;
    private final PortalPlaceService places;
    private final ContactService contacts;
    private final PageService pages;

    OfferAdminController(OfferService offers, PortalPlaceService places, ContactService contacts, PageService pages) {
        this.offers = offers;
        this.places = places;
        this.contacts = contacts;
        this.pages = pages;
    }

    @GetMapping(LIST)
    String list(BackOfficeTenant tenant, Model model) {
        model.addAttribute("offers", offers.all(tenant.id()));
        return "portal/content/offers";
    }

    @GetMapping(LIST + "/neu")
    String newOffer(BackOfficeTenant tenant, Model model) {
        return page(tenant, null, OfferForm.empty(), FormErrors.none(), null, model);
    }

    @CreatesOrSends
    @PostMapping(LIST + "/neu")
    String create(
            BackOfficeTenant tenant,
            @ModelAttribute("form") OfferForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        form.check(result);
        form.checkFieldPage(result, pages.tree(tenant.id()));
        if (result.hasErrors()) {
            return page(tenant, null, form, new FormErrors(result), null, model);
        }
        var id = offers.create(tenant.id(), form.details(), form.status());
        redirect.addFlashAttribute("notice", "portal.offer.saved");
        return "redirect:" + tenant.path(ContentRoutes.OFFERS + "/" + id);
    }

    @GetMapping(LIST + "/{id}")
    String edit(BackOfficeTenant tenant, @PathVariable UUID id, Model model) {
        var offer = offers.byId(tenant.id(), id).orElseThrow(OfferAdminController::notFound);
        return page(tenant, id, OfferForm.of(offer), FormErrors.none(), null, model);
    }

    @PostMapping(LIST + "/{id}")
    String update(
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @ModelAttribute("form") OfferForm form,
            BindingResult result,
            @RequestParam(name = "minorEdit", defaultValue = "false") boolean minorEdit,
            Model model,
            RedirectAttributes redirect) {
        offers.byId(tenant.id(), id).orElseThrow(OfferAdminController::notFound);
        form.check(result);
        form.checkFieldPage(result, pages.tree(tenant.id()));
        if (result.hasErrors()) {
            return page(tenant, id, form, new FormErrors(result), null, model);
        }
        var outcome = offers.update(tenant.id(), id, form.version(), form.details(), form.status(), minorEdit);
        if (outcome == EditOutcome.CHANGED_MEANWHILE) {
            var current = offers.byId(tenant.id(), id).orElseThrow(OfferAdminController::notFound);
            // Offers keep no name or time of their last save: the comparison shows the version only.
            model.addAttribute(
                    "stale",
                    StaleSave.compare()
                            .text(
                                    "portal.offer.title",
                                    form.title(),
                                    current.details().title())
                            .text(
                                    "portal.offer.summary",
                                    form.summary(),
                                    current.details().summary())
                            .text(
                                    "portal.offer.body",
                                    form.body(),
                                    current.details().body())
                            .build(current.version(), null, null, tenant.path(ContentRoutes.OFFERS + "/" + id)));
            return page(
                    tenant,
                    id,
                    form.withVersion(current.version()),
                    FormErrors.none(),
                    "portal.content.conflict",
                    model);
        }
        if (outcome != EditOutcome.DONE) {
            throw notFound();
        }
        redirect.addFlashAttribute("notice", "portal.offer.saved");
        return "redirect:" + tenant.path(ContentRoutes.OFFERS);
    }

    @GetMapping(LIST + "/{id}/loeschen")
    String confirmDelete(BackOfficeTenant tenant, @PathVariable UUID id, Model model) {
        var offer = offers.byId(tenant.id(), id).orElseThrow(OfferAdminController::notFound);
        model.addAttribute("name", offer.title());
        model.addAttribute("questionKey", "portal.offer.delete.question");
        model.addAttribute("action", tenant.path(ContentRoutes.OFFERS + "/" + id + "/loeschen"));
        model.addAttribute("back", tenant.path(ContentRoutes.OFFERS + "/" + id));
        return "portal/content/delete";
    }

    @PostMapping(LIST + "/{id}/loeschen")
    String delete(BackOfficeTenant tenant, @PathVariable UUID id, RedirectAttributes redirect) {
        if (!offers.delete(tenant.id(), id)) {
            throw OfferAdminController.notFound();
        }
        redirect.addFlashAttribute("notice", "portal.offer.deleted");
        return "redirect:" + tenant.path(ContentRoutes.OFFERS);
    }

    private String page(
            BackOfficeTenant tenant,
            @Nullable UUID id,
            OfferForm form,
            FormErrors errors,
            @Nullable String problem,
            Model model) {
        model.addAttribute("offerId", id);
        model.addAttribute(
                "view",
                new OfferEditPage(
                        form,
                        errors,
                        problem,
                        places.all(tenant.id()),
                        OfferEditPage.FieldChoice.of(pages.tree(tenant.id())),
                        contacts.all(tenant.id()),
                        offers.eventChoices(tenant.id()),
                        SpokenLanguages.CODES,
                        id == null ? null : ContentRoutes.translations(tenant.slug(), PortalTexts.OFFER, id),
                        id == null
                                ? null
                                : offers.byId(tenant.id(), id)
                                        .filter(o -> o.published())
                                        .map(o -> o.path(tenant.slug()))
                                        .orElse(null)));
        return "portal/content/offer";
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
