package de.mosaik.portal.web;

import de.mosaik.portal.PortalTexts;
import de.mosaik.portal.domain.ContentDeletion;
import de.mosaik.portal.domain.ContentDeletions;
import de.mosaik.portal.domain.DeleteOutcome;
import de.mosaik.portal.domain.News;
import de.mosaik.portal.domain.NewsService;
import de.mosaik.portal.domain.PageEditOutcome;
import de.mosaik.shared.text.BerlinTime;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff write the tenant's news with the days they are public. */
@Controller
@BackOfficePage
@PreAuthorize(ContentRoutes.EDIT)
class NewsAdminController {

    private final NewsService news;
    private final ContentDeletions deletions;

    NewsAdminController(NewsService news, ContentDeletions deletions) {
        this.news = news;
        this.deletions = deletions;
    }

    @GetMapping(ContentRoutes.BASE + ContentRoutes.NEWS)
    String list(BackOfficeTenant tenant, Model model) {
        model.addAttribute("items", news.all(tenant.id()));
        model.addAttribute(
                "deleted",
                deletions.recent(tenant.id(), ContentDeletion.Kind.NEWS, PageAdminController.RECENT_DELETIONS));
        model.addAttribute("today", LocalDate.now(BerlinTime.ZONE));
        return "portal/admin/news-list";
    }

    @GetMapping(ContentRoutes.BASE + ContentRoutes.NEWS + "/neu")
    String newItem(BackOfficeTenant tenant, Model model) {
        return page(tenant, null, NewsForm.empty(LocalDate.now(BerlinTime.ZONE)), FormErrors.none(), null, model);
    }

    @PostMapping(ContentRoutes.BASE + ContentRoutes.NEWS + "/neu")
    String create(
            BackOfficeTenant tenant,
            @ModelAttribute("form") NewsForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        form.check(result);
        if (result.hasErrors()) {
            return page(tenant, null, form, new FormErrors(result), null, model);
        }
        var created = news.create(tenant.id(), form.draft(), Editors.current());
        if (created.isEmpty()) {
            result.rejectValue("slug", "portal.content.slug.taken");
            return page(tenant, null, form, new FormErrors(result), null, model);
        }
        redirect.addFlashAttribute("notice", "portal.news.saved");
        return "redirect:" + tenant.path(ContentRoutes.NEWS + "/" + created.get());
    }

    @GetMapping(ContentRoutes.BASE + ContentRoutes.NEWS + "/{id}")
    String edit(BackOfficeTenant tenant, @PathVariable UUID id, Model model) {
        var item = news.byId(tenant.id(), id).orElseThrow(PageAdminController::notFound);
        return page(tenant, id, NewsForm.of(item), FormErrors.none(), null, model);
    }

    @PostMapping(ContentRoutes.BASE + ContentRoutes.NEWS + "/{id}")
    String update(
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @ModelAttribute("form") NewsForm form,
            BindingResult result,
            @RequestParam(name = "minorEdit", defaultValue = "false") boolean minorEdit,
            Model model,
            RedirectAttributes redirect) {
        news.byId(tenant.id(), id).orElseThrow(PageAdminController::notFound);
        form.check(result);
        if (result.hasErrors()) {
            return page(tenant, id, form, new FormErrors(result), null, model);
        }
        var outcome = news.update(tenant.id(), id, form.version(), form.draft(), minorEdit, Editors.current());
        if (outcome == PageEditOutcome.CHANGED_MEANWHILE) {
            var current = news.byId(tenant.id(), id).orElseThrow(PageAdminController::notFound);
            model.addAttribute(
                    "stale",
                    StaleSave.compare()
                            .text("portal.content.title", form.title(), current.title())
                            .text("portal.news.teaser", form.teaser(), current.teaser())
                            .text("portal.content.body", form.body(), current.body())
                            .build(
                                    current.version(),
                                    current.accountName(),
                                    current.updatedAt(),
                                    tenant.path(ContentRoutes.NEWS + "/" + id)));
            return page(
                    tenant,
                    id,
                    form.withVersion(current.version()),
                    FormErrors.none(),
                    "portal.content.conflict",
                    model);
        }
        if (outcome == PageEditOutcome.SLUG_TAKEN) {
            result.rejectValue("slug", "portal.content.slug.taken");
            return page(tenant, id, form, new FormErrors(result), null, model);
        }
        if (outcome != PageEditOutcome.DONE) {
            throw PageAdminController.notFound();
        }
        redirect.addFlashAttribute("notice", "portal.news.saved");
        return "redirect:" + tenant.path(ContentRoutes.NEWS + "/" + id);
    }

    @GetMapping(ContentRoutes.BASE + ContentRoutes.NEWS + "/{id}/loeschen")
    String confirmDelete(BackOfficeTenant tenant, @PathVariable UUID id, Model model) {
        var item = news.byId(tenant.id(), id).orElseThrow(PageAdminController::notFound);
        return deletion(tenant, item, null).show(model);
    }

    /** Deletes the item as of the confirmed version; a second click gets the first one's answer. */
    @PostMapping(ContentRoutes.BASE + ContentRoutes.NEWS + "/{id}/loeschen")
    String delete(
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @RequestParam(name = "version", required = false) @Nullable String version,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var outcome = news.delete(tenant.id(), id, PageAdminController.versionNumber(version), Editors.current());
        if (outcome == DeleteOutcome.NOT_FOUND) {
            throw PageAdminController.notFound();
        }
        if (outcome == DeleteOutcome.DONE || outcome == DeleteOutcome.ALREADY_DELETED) {
            redirect.addFlashAttribute("notice", "portal.news.deleted");
            return "redirect:" + tenant.path(ContentRoutes.NEWS);
        }
        var item = news.byId(tenant.id(), id).orElseThrow(PageAdminController::notFound);
        response.setStatus(HttpStatus.CONFLICT.value());
        return deletion(tenant, item, "portal.content.delete.changed").show(model);
    }

    private static DeleteConfirmation deletion(BackOfficeTenant tenant, News item, @Nullable String problem) {
        return new DeleteConfirmation(
                item.title(),
                "portal.news.delete.question",
                tenant.path(ContentRoutes.NEWS + "/" + item.id() + "/loeschen"),
                tenant.path(ContentRoutes.NEWS + "/" + item.id()),
                item.version(),
                List.of(),
                null,
                problem);
    }

    private String page(
            BackOfficeTenant tenant,
            @Nullable UUID id,
            NewsForm form,
            FormErrors errors,
            @Nullable String problem,
            Model model) {
        model.addAttribute("newsId", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute(
                "translationsHref",
                id == null ? null : ContentRoutes.translations(tenant.slug(), PortalTexts.NEWS, id));
        return "portal/admin/news";
    }
}
