package de.mosaik.portal.web;

import de.mosaik.portal.PortalTexts;
import de.mosaik.portal.domain.Page;
import de.mosaik.portal.domain.PageEditOutcome;
import de.mosaik.portal.domain.PageRevision;
import de.mosaik.portal.domain.PageService;
import de.mosaik.portal.domain.PageTree;
import de.mosaik.portal.domain.TextDiff;
import de.mosaik.shared.text.BerlinTime;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.FormErrors;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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

/** Staff write the tenant's pages: the fields of work and their sub-pages, with history and review dates. */
@Controller
@BackOfficePage
@PreAuthorize(ContentRoutes.EDIT)
class PageAdminController {

    private final PageService pages;

    PageAdminController(PageService pages) {
        this.pages = pages;
    }

    @GetMapping(ContentRoutes.BASE + ContentRoutes.PAGES)
    String list(BackOfficeTenant tenant, Model model) {
        model.addAttribute("outline", pages.tree(tenant.id()).outline());
        model.addAttribute("now", Instant.now());
        model.addAttribute("today", LocalDate.now(BerlinTime.ZONE));
        return "portal/admin/pages";
    }

    @GetMapping(ContentRoutes.BASE + ContentRoutes.PAGES + "/neu")
    String newPage(
            BackOfficeTenant tenant,
            @RequestParam(name = "unter", required = false) @Nullable String parent,
            Model model) {
        var tree = pages.tree(tenant.id());
        var parentId = parseId(parent).filter(id -> tree.page(id).isPresent()).orElse(null);
        return page(
                tenant,
                null,
                PageForm.empty(parentId, pages.nextPosition(tenant.id(), parentId)),
                FormErrors.none(),
                null,
                model);
    }

    @PostMapping(ContentRoutes.BASE + ContentRoutes.PAGES + "/neu")
    String create(
            BackOfficeTenant tenant,
            @ModelAttribute("form") PageForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        form.check(result);
        if (result.hasErrors()) {
            return page(tenant, null, form, new FormErrors(result), null, model);
        }
        var draft = form.draft();
        var created = pages.create(tenant.id(), draft, Editors.current());
        if (created.isEmpty()) {
            reject(result, pages.whyNotCreated(tenant.id(), draft));
            return page(tenant, null, form, new FormErrors(result), null, model);
        }
        redirect.addFlashAttribute("notice", "portal.page.saved");
        return "redirect:" + tenant.path(ContentRoutes.PAGES + "/" + created.get());
    }

    @GetMapping(ContentRoutes.BASE + ContentRoutes.PAGES + "/{id}")
    String edit(BackOfficeTenant tenant, @PathVariable UUID id, Model model) {
        var page = pages.byId(tenant.id(), id).orElseThrow(PageAdminController::notFound);
        return page(tenant, id, PageForm.of(page), FormErrors.none(), null, model);
    }

    @PostMapping(ContentRoutes.BASE + ContentRoutes.PAGES + "/{id}")
    String update(
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @ModelAttribute("form") PageForm form,
            BindingResult result,
            @RequestParam(name = "minorEdit", defaultValue = "false") boolean minorEdit,
            Model model,
            RedirectAttributes redirect) {
        pages.byId(tenant.id(), id).orElseThrow(PageAdminController::notFound);
        form.check(result);
        if (result.hasErrors()) {
            return page(tenant, id, form, new FormErrors(result), null, model);
        }
        var outcome = pages.update(tenant.id(), id, form.version(), form.draft(), minorEdit, Editors.current());
        if (outcome == PageEditOutcome.CHANGED_MEANWHILE) {
            // The typed text stays in the form beside the saved one; the newer version lets the editor save it
            // over the colleague's change once they have compared both.
            var current = pages.byId(tenant.id(), id).orElseThrow(PageAdminController::notFound);
            model.addAttribute("stale", staleSave(tenant, form, current));
            return page(
                    tenant,
                    id,
                    form.withVersion(current.version()),
                    FormErrors.none(),
                    "portal.content.conflict",
                    model);
        }
        if (outcome == PageEditOutcome.NOT_FOUND) {
            throw notFound();
        }
        if (outcome != PageEditOutcome.DONE) {
            reject(result, outcome);
            return page(tenant, id, form, new FormErrors(result), null, model);
        }
        redirect.addFlashAttribute("notice", "portal.page.saved");
        return "redirect:" + tenant.path(ContentRoutes.PAGES + "/" + id);
    }

    @GetMapping(ContentRoutes.BASE + ContentRoutes.PAGES + "/{id}/verlauf")
    String history(BackOfficeTenant tenant, @PathVariable UUID id, Model model) {
        var page = pages.byId(tenant.id(), id).orElseThrow(PageAdminController::notFound);
        var revisions = pages.revisions(tenant.id(), id);
        var changes = new ArrayList<RevisionChange>();
        for (int i = 0; i < revisions.size(); i++) {
            var revision = revisions.get(i);
            var previous = i + 1 < revisions.size() ? revisions.get(i + 1) : null;
            changes.add(new RevisionChange(
                    revision,
                    previous == null ? "" : previous.title(),
                    TextDiff.between(previous == null ? "" : previous.summary(), revision.summary()),
                    TextDiff.between(previous == null ? "" : previous.body(), revision.body())));
        }
        model.addAttribute("page", page);
        model.addAttribute("changes", changes);
        return "portal/admin/page-history";
    }

    private String page(
            BackOfficeTenant tenant,
            @Nullable UUID id,
            PageForm form,
            FormErrors errors,
            @Nullable String problem,
            Model model) {
        var tree = pages.tree(tenant.id());
        model.addAttribute("pageId", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("parents", parents(tree, id));
        model.addAttribute(
                "publicHref",
                id == null
                        ? null
                        : tree.page(id)
                                .filter(p -> tree.isPublic(p, Instant.now()))
                                .map(p -> ContentRoutes.publicPage(tenant.slug(), p.slug()))
                                .orElse(null));
        model.addAttribute(
                "translationsHref",
                id == null ? null : ContentRoutes.translations(tenant.slug(), PortalTexts.PAGE, id));
        return "portal/admin/page";
    }

    private StaleSave staleSave(BackOfficeTenant tenant, PageForm form, Page current) {
        var latest = pages.revisions(tenant.id(), current.id()).stream().findFirst();
        return StaleSave.compare()
                .text("portal.content.title", form.title(), current.title())
                .text("portal.content.summary", form.summary(), current.summary())
                .text("portal.content.body", form.body(), current.body())
                .build(
                        current.version(),
                        latest.map(PageRevision::accountName).orElse(null),
                        latest.map(PageRevision::changedAt).orElse(current.updatedAt()),
                        tenant.path(ContentRoutes.PAGES + "/" + current.id()));
    }

    /** The pages a page may be placed under: none of its own sub-pages, nor itself. */
    private static List<PageTree.Entry> parents(PageTree tree, @Nullable UUID id) {
        return tree.outline().stream()
                .filter(entry -> id == null || tree.mayBeParentOf(entry.page().id(), id))
                .toList();
    }

    private static void reject(BindingResult result, PageEditOutcome outcome) {
        if (outcome == PageEditOutcome.SLUG_TAKEN) {
            result.rejectValue("slug", "portal.content.slug.taken");
        } else {
            result.rejectValue("parentId", "portal.page.parent.invalid");
        }
    }

    static java.util.Optional<UUID> parseId(@Nullable String value) {
        try {
            return value == null || value.isBlank()
                    ? java.util.Optional.empty()
                    : java.util.Optional.of(UUID.fromString(value.strip()));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
