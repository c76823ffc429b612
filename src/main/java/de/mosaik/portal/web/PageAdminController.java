package de.mosaik.portal.web;

import de.mosaik.portal.PortalTexts;
import de.mosaik.portal.domain.ContactService;
import de.mosaik.portal.domain.ContentDeletion;
import de.mosaik.portal.domain.ContentDeletions;
import de.mosaik.portal.domain.DeleteOutcome;
import de.mosaik.portal.domain.Page;
import de.mosaik.portal.domain.PageEditOutcome;
import de.mosaik.portal.domain.PageOrigin;
import de.mosaik.portal.domain.PageRevision;
import de.mosaik.portal.domain.PageService;
import de.mosaik.portal.domain.PageStatus;
import de.mosaik.portal.domain.PageTree;
import de.mosaik.portal.domain.PageUse;
import de.mosaik.portal.domain.SharedPages;
import de.mosaik.portal.domain.TextDiff;
import de.mosaik.shared.text.BerlinTime;
import de.mosaik.shared.text.SafeHtml;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff write the tenant's pages: the fields of work and their sub-pages, with history and review dates. */
@Controller
@BackOfficePage
@PreAuthorize(ContentRoutes.EDIT)
class PageAdminController {

    /** How many deleted pages the list names, the newest first. */
    static final int RECENT_DELETIONS = 10;

    private final PageService pages;
    private final SharedPages shared;
    private final ContactService contacts;
    private final ContentDeletions deletions;

    PageAdminController(PageService pages, SharedPages shared, ContactService contacts, ContentDeletions deletions) {
        this.pages = pages;
        this.shared = shared;
        this.contacts = contacts;
        this.deletions = deletions;
    }

    @GetMapping(ContentRoutes.BASE + ContentRoutes.PAGES)
    String list(BackOfficeTenant tenant, Model model) {
        model.addAttribute("outline", pages.tree(tenant.id()).outline());
        model.addAttribute("deleted", deletions.recent(tenant.id(), ContentDeletion.Kind.PAGE, RECENT_DELETIONS));
        model.addAttribute("now", Instant.now());
        model.addAttribute("today", LocalDate.now(BerlinTime.ZONE));
        model.addAttribute("offeredIds", Set.copyOf(shared.offeredIds(tenant.id())));
        model.addAttribute("origins", shared.origins(tenant.id()));
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
        var created = pages.create(tenant.id(), draft, form.chosenContacts(), Editors.current());
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
        var origin = shared.origin(tenant.id(), id).filter(PageOrigin::live);
        if (origin.isPresent()) {
            return livePage(tenant, page, origin.get(), null, model);
        }
        return page(tenant, id, PageForm.of(page, pages.contactIds(tenant.id(), id)), FormErrors.none(), null, model);
    }

    /** Offers the published page to the other tenants, or stops offering it (ADR 0019). */
    @PostMapping(ContentRoutes.BASE + ContentRoutes.PAGES + "/{id}/anbieten")
    String offer(
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @RequestParam(name = "offered", defaultValue = "false") boolean offered,
            Model model,
            RedirectAttributes redirect) {
        var outcome = shared.offer(tenant.id(), id, offered);
        switch (outcome) {
            case NOT_FOUND -> throw notFound();
            case LIVE_COPY -> {
                var page = pages.byId(tenant.id(), id).orElseThrow(PageAdminController::notFound);
                var origin = shared.origin(tenant.id(), id).orElseThrow(PageAdminController::notFound);
                return livePage(tenant, page, origin, "portal.share.live.readOnly", model);
            }
            case NOT_PUBLISHED -> {
                var page = pages.byId(tenant.id(), id).orElseThrow(PageAdminController::notFound);
                return page(
                        tenant,
                        id,
                        PageForm.of(page, pages.contactIds(tenant.id(), id)),
                        FormErrors.none(),
                        "portal.share.offer.notPublished",
                        model);
            }
            case DONE -> {}
        }
        redirect.addFlashAttribute("notice", "portal.share.offer.saved");
        return "redirect:" + tenant.path(ContentRoutes.PAGES + "/" + id);
    }

    /** Turns the tenant's live copy into an independent copy of the origin's current published state. */
    @PostMapping(ContentRoutes.BASE + ContentRoutes.PAGES + "/{id}/unabhaengig")
    String makeIndependent(BackOfficeTenant tenant, @PathVariable UUID id, RedirectAttributes redirect) {
        pages.byId(tenant.id(), id).orElseThrow(PageAdminController::notFound);
        if (shared.makeIndependent(tenant.id(), id, Editors.current())) {
            redirect.addFlashAttribute("notice", "portal.share.independent.done");
        }
        return "redirect:" + tenant.path(ContentRoutes.PAGES + "/" + id);
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
        var stored = pages.byId(tenant.id(), id).orElseThrow(PageAdminController::notFound);
        var liveOrigin = shared.origin(tenant.id(), id).filter(PageOrigin::live);
        if (liveOrigin.isPresent()) {
            return livePage(tenant, stored, liveOrigin.get(), "portal.share.live.readOnly", model);
        }
        form.check(result);
        if (result.hasErrors()) {
            return page(tenant, id, form, new FormErrors(result), null, model);
        }
        var outcome = pages.update(
                tenant.id(), id, form.version(), form.draft(), form.chosenContacts(), minorEdit, Editors.current());
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

    @GetMapping(ContentRoutes.BASE + ContentRoutes.PAGES + "/{id}/loeschen")
    String confirmDelete(BackOfficeTenant tenant, @PathVariable UUID id, Model model) {
        var page = pages.byId(tenant.id(), id).orElseThrow(PageAdminController::notFound);
        return deletion(tenant, page, null).show(model);
    }

    /**
     * Deletes the page as of the version the confirmation showed. A second click finds it deleted and gets the
     * first click's answer; a page changed meanwhile or still in use is shown again with the reason.
     */
    @PostMapping(ContentRoutes.BASE + ContentRoutes.PAGES + "/{id}/loeschen")
    String delete(
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @RequestParam(name = "version", required = false) @Nullable String version,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        DeleteOutcome outcome;
        try {
            outcome = pages.delete(tenant.id(), id, versionNumber(version), Editors.current());
        } catch (DataIntegrityViolationException e) {
            // A sub-page saved in the same moment: the page is in use after all.
            outcome = DeleteOutcome.IN_USE;
        }
        if (outcome == DeleteOutcome.NOT_FOUND) {
            throw notFound();
        }
        if (outcome == DeleteOutcome.DONE || outcome == DeleteOutcome.ALREADY_DELETED) {
            redirect.addFlashAttribute("notice", "portal.page.deleted");
            return "redirect:" + tenant.path(ContentRoutes.PAGES);
        }
        var page = pages.byId(tenant.id(), id).orElseThrow(PageAdminController::notFound);
        response.setStatus(HttpStatus.CONFLICT.value());
        return deletion(
                        tenant,
                        page,
                        outcome == DeleteOutcome.CHANGED_MEANWHILE ? "portal.content.delete.changed" : null)
                .show(model);
    }

    private DeleteConfirmation deletion(BackOfficeTenant tenant, Page page, @Nullable String problem) {
        var blockers = pages.uses(tenant.id(), page.id()).stream()
                .map(use -> use.kind() == PageUse.Kind.SUB_PAGE
                        ? new DeleteConfirmation.Blocker(
                                "portal.page.delete.subPage",
                                use.title(),
                                tenant.path(ContentRoutes.PAGES + "/" + use.id()))
                        : new DeleteConfirmation.Blocker(
                                "portal.contact.uses.offer",
                                use.title(),
                                tenant.path(ContentRoutes.OFFERS + "/" + use.id())))
                .toList();
        return new DeleteConfirmation(
                page.title(),
                "portal.page.delete.question",
                tenant.path(ContentRoutes.PAGES + "/" + page.id() + "/loeschen"),
                tenant.path(ContentRoutes.PAGES + "/" + page.id()),
                page.version(),
                blockers,
                "portal.page.delete.blocked",
                problem);
    }

    /** The version a confirmation form carries; anything else counts as stale, so nothing is deleted unseen. */
    static int versionNumber(@Nullable String value) {
        try {
            return value == null ? -1 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
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
        model.addAttribute("contacts", contacts.all(tenant.id()));
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
        var stored = id == null ? null : tree.page(id).orElse(null);
        model.addAttribute("offered", id != null && shared.offered(tenant.id(), id));
        model.addAttribute("offerable", stored != null && stored.status() == PageStatus.PUBLISHED);
        model.addAttribute(
                "origin", id == null ? null : shared.origin(tenant.id(), id).orElse(null));
        return "portal/admin/page";
    }

    /** A live copy: its text read-only, a link to the origin and the way to make it independent. */
    private String livePage(
            BackOfficeTenant tenant, Page page, PageOrigin origin, @Nullable String problem, Model model) {
        var tree = pages.tree(tenant.id());
        model.addAttribute("page", page);
        model.addAttribute("origin", origin);
        model.addAttribute("bodyHtml", SafeHtml.fromMarkdown(page.body()));
        model.addAttribute(
                "originHref",
                origin.originPageId() == null
                        ? null
                        : tenant.path(SharedPagesAdminController.CATALOGUE + "/" + origin.originPageId()));
        model.addAttribute(
                "publicHref",
                tree.isPublic(page, Instant.now()) ? ContentRoutes.publicPage(tenant.slug(), page.slug()) : null);
        model.addAttribute("problem", problem);
        return "portal/admin/page-live";
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
