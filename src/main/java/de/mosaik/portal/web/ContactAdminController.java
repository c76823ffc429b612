package de.mosaik.portal.web;

import de.mosaik.portal.PortalTexts;
import de.mosaik.portal.domain.Contact;
import de.mosaik.portal.domain.ContactService;
import de.mosaik.portal.domain.DeleteOutcome;
import de.mosaik.portal.domain.EditOutcome;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CreatesOrSends;
import de.mosaik.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The tenant's contacts (Ansprechpersonen) in the back office, with where each is named. */
@Controller
@BackOfficePage
@PreAuthorize(ContentRoutes.EDIT)
class ContactAdminController {

    private static final String LIST = ContentRoutes.BASE + ContentRoutes.CONTACTS;

    private final ContactService contacts;

    ContactAdminController(ContactService contacts) {
        this.contacts = contacts;
    }

    @GetMapping(LIST)
    String list(BackOfficeTenant tenant, Model model) {
        model.addAttribute("contacts", contacts.all(tenant.id()));
        return "portal/content/contacts";
    }

    @GetMapping(LIST + "/neu")
    String newContact(BackOfficeTenant tenant, Model model) {
        return page(tenant, null, ContactForm.empty(), FormErrors.none(), null, model);
    }

    @CreatesOrSends
    @PostMapping(LIST + "/neu")
    String create(
            BackOfficeTenant tenant,
            @ModelAttribute("form") ContactForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        form.check(result);
        if (result.hasErrors()) {
            return page(tenant, null, form, new FormErrors(result), null, model);
        }
        contacts.create(tenant.id(), form.details());
        redirect.addFlashAttribute("notice", "portal.contact.saved");
        return "redirect:" + tenant.path(ContentRoutes.CONTACTS);
    }

    @GetMapping(LIST + "/{id}")
    String edit(BackOfficeTenant tenant, @PathVariable UUID id, Model model) {
        var contact = contacts.byId(tenant.id(), id).orElseThrow(OfferAdminController::notFound);
        return page(tenant, id, ContactForm.of(contact), FormErrors.none(), null, model);
    }

    @PostMapping(LIST + "/{id}")
    String update(
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @ModelAttribute("form") ContactForm form,
            BindingResult result,
            @RequestParam(name = "minorEdit", defaultValue = "false") boolean minorEdit,
            Model model,
            RedirectAttributes redirect) {
        contacts.byId(tenant.id(), id).orElseThrow(OfferAdminController::notFound);
        form.check(result);
        if (result.hasErrors()) {
            return page(tenant, id, form, new FormErrors(result), null, model);
        }
        var outcome = contacts.update(tenant.id(), id, form.version(), form.details(), minorEdit);
        if (outcome == EditOutcome.CHANGED_MEANWHILE) {
            var current = contacts.byId(tenant.id(), id).orElseThrow(OfferAdminController::notFound);
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
        redirect.addFlashAttribute("notice", "portal.contact.saved");
        return "redirect:" + tenant.path(ContentRoutes.CONTACTS);
    }

    @GetMapping(LIST + "/{id}/loeschen")
    String confirmDelete(BackOfficeTenant tenant, @PathVariable UUID id, Model model) {
        var contact = contacts.byId(tenant.id(), id).orElseThrow(OfferAdminController::notFound);
        return deletion(tenant, contact).show(model);
    }

    /**
     * Deletes a contact nobody names any more. While a page, offer or place names it, the confirmation page
     * comes back with that list; a second click finds it deleted and gets the first one's answer.
     */
    @PostMapping(LIST + "/{id}/loeschen")
    String delete(
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        DeleteOutcome outcome;
        try {
            outcome = contacts.delete(tenant.id(), id, Editors.current());
        } catch (DataIntegrityViolationException e) {
            // A page named the contact in the same moment.
            outcome = DeleteOutcome.IN_USE;
        }
        if (outcome == DeleteOutcome.NOT_FOUND) {
            throw OfferAdminController.notFound();
        }
        if (outcome == DeleteOutcome.DONE || outcome == DeleteOutcome.ALREADY_DELETED) {
            redirect.addFlashAttribute("notice", "portal.contact.deleted");
            return "redirect:" + tenant.path(ContentRoutes.CONTACTS);
        }
        var contact = contacts.byId(tenant.id(), id).orElseThrow(OfferAdminController::notFound);
        response.setStatus(HttpStatus.CONFLICT.value());
        return deletion(tenant, contact).show(model);
    }

    private DeleteConfirmation deletion(BackOfficeTenant tenant, Contact contact) {
        var blockers = contacts.uses(tenant.id(), contact.id()).stream()
                .map(use -> new DeleteConfirmation.Blocker(
                        "portal.contact.uses." + use.kind().name().toLowerCase(Locale.ROOT),
                        use.title(),
                        tenant.path(ContactEditPage.editorPath(use))))
                .toList();
        return new DeleteConfirmation(
                contact.name(),
                "portal.contact.delete.question",
                tenant.path(ContentRoutes.CONTACTS + "/" + contact.id() + "/loeschen"),
                tenant.path(ContentRoutes.CONTACTS + "/" + contact.id()),
                null,
                blockers,
                "portal.contact.delete.blocked",
                null);
    }

    private String page(
            BackOfficeTenant tenant,
            @Nullable UUID id,
            ContactForm form,
            FormErrors errors,
            @Nullable String problem,
            Model model) {
        model.addAttribute("contactId", id);
        model.addAttribute(
                "view",
                new ContactEditPage(
                        form,
                        errors,
                        problem,
                        SpokenLanguages.CODES,
                        id == null ? List.of() : contacts.uses(tenant.id(), id),
                        id == null ? null : ContentRoutes.translations(tenant.slug(), PortalTexts.CONTACT, id)));
        return "portal/content/contact";
    }
}
