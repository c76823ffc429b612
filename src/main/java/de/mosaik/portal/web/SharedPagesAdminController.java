package de.mosaik.portal.web;

import de.mosaik.portal.PortalTexts;
import de.mosaik.portal.domain.OfferedPage;
import de.mosaik.portal.domain.PageService;
import de.mosaik.portal.domain.PageTree;
import de.mosaik.portal.domain.SharedPages;
import de.mosaik.portal.domain.SharedPages.TakeOverOutcome;
import de.mosaik.shared.text.SafeHtml;
import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CreatesOrSends;
import de.mosaik.shared.web.FormErrors;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
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

/**
 * The catalogue of pages other tenants offer, with a preview of each and the form that takes one over as a
 * live or an independent copy (ADR 0019). Only offered, published pages of other tenants are reachable here;
 * the tenant's own pages and everything else answer 404.
 */
@Controller
@BackOfficePage
@PreAuthorize(ContentRoutes.EDIT)
class SharedPagesAdminController {

    static final String CATALOGUE = ContentRoutes.PAGES + "/uebernehmen";

    private final SharedPages shared;
    private final PageService pages;

    SharedPagesAdminController(SharedPages shared, PageService pages) {
        this.shared = shared;
        this.pages = pages;
    }

    @GetMapping(ContentRoutes.BASE + CATALOGUE)
    String catalogue(BackOfficeTenant tenant, Model model) {
        model.addAttribute("offered", shared.catalogue(tenant.id()));
        return "portal/admin/shared-pages";
    }

    @GetMapping(ContentRoutes.BASE + CATALOGUE + "/{id}")
    String preview(
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @RequestParam(name = "sprache", required = false) @Nullable String language,
            Model model) {
        var offered = shared.offeredPage(tenant.id(), id).orElseThrow(PageAdminController::notFound);
        return page(
                tenant, offered, language, TakeOverForm.proposed(offered.page().slug()), FormErrors.none(), model);
    }

    @PostMapping(ContentRoutes.BASE + CATALOGUE + "/{id}")
    @CreatesOrSends
    String takeOver(
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @ModelAttribute("form") TakeOverForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var offered = shared.offeredPage(tenant.id(), id).orElseThrow(PageAdminController::notFound);
        form.check(result);
        if (result.hasErrors()) {
            return page(tenant, offered, null, form, new FormErrors(result), model);
        }
        SharedPages.TakeOverResult outcome;
        try {
            outcome = shared.takeOver(tenant.id(), id, form.choice(), Editors.current());
        } catch (DataIntegrityViolationException sameMomentTwice) {
            // A second request that raced the first one past every check: the unique index kept one copy.
            outcome = new SharedPages.TakeOverResult(
                    TakeOverOutcome.ALREADY_TAKEN,
                    shared.offeredPage(tenant.id(), id)
                            .map(OfferedPage::takenAs)
                            .orElse(null));
        }
        switch (outcome.outcome()) {
            case DONE, ALREADY_TAKEN -> {
                if (outcome.pageId() == null) {
                    throw PageAdminController.notFound();
                }
                redirect.addFlashAttribute(
                        "notice",
                        outcome.outcome() == TakeOverOutcome.DONE
                                ? "portal.share.taken.notice"
                                : "portal.share.takenAlready");
                return "redirect:" + tenant.path(ContentRoutes.PAGES + "/" + outcome.pageId());
            }
            case SLUG_TAKEN -> result.rejectValue("slug", "portal.content.slug.taken");
            case BAD_PARENT -> result.rejectValue("parentId", "portal.page.parent.invalid");
            case NOT_OFFERED -> throw PageAdminController.notFound();
        }
        return page(tenant, offered, null, form, new FormErrors(result), model);
    }

    private String page(
            BackOfficeTenant tenant,
            OfferedPage offered,
            @Nullable String language,
            TakeOverForm form,
            FormErrors errors,
            Model model) {
        var shownLanguage = language != null && ContentLanguage.valid(language)
                ? new ContentLanguage(language)
                : ContentLanguage.GERMAN;
        var texts = shared.translationsOf(offered);
        var page = offered.page();
        var body = texts.text(page.id(), PortalTexts.BODY, page.body()).in(shownLanguage);
        model.addAttribute("offered", offered);
        model.addAttribute("language", shownLanguage);
        model.addAttribute(
                "title", texts.text(page.id(), PortalTexts.TITLE, page.title()).in(shownLanguage));
        model.addAttribute(
                "summary",
                texts.text(page.id(), PortalTexts.SUMMARY, page.summary()).in(shownLanguage));
        model.addAttribute("body", body);
        model.addAttribute("bodyHtml", SafeHtml.fromMarkdown(body.text()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "parents",
                pages.tree(tenant.id()).outline().stream()
                        .map(PageTree.Entry.class::cast)
                        .toList());
        return "portal/admin/shared-page";
    }
}
