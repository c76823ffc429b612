package de.mosaik.events.web;

import de.mosaik.events.EventStatus;
import de.mosaik.events.TermKind;
import de.mosaik.events.domain.EventQuery;
import de.mosaik.events.domain.EventService;
import de.mosaik.events.domain.VocabularyService;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CreatesOrSends;
import de.mosaik.shared.web.CurrentUser;
import de.mosaik.shared.web.FormErrors;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The tenant's events, searchable and filtered, and the form for a new one. */
@Controller
@BackOfficePage
class EventListController {

    private final EventService events;
    private final VocabularyService vocabulary;
    private final EventFormSupport support;

    EventListController(EventService events, VocabularyService vocabulary, EventFormSupport support) {
        this.events = events;
        this.vocabulary = vocabulary;
        this.support = support;
    }

    @GetMapping(EventRoutes.BASE + EventRoutes.EVENTS)
    @PreAuthorize(Staff.VIEW)
    String list(
            BackOfficeTenant tenant,
            @RequestParam(name = "q", required = false) @Nullable String text,
            @RequestParam(name = "status", required = false) @Nullable String status,
            @RequestParam(name = "format", required = false) @Nullable String format,
            @RequestParam(name = "zeit", required = false) @Nullable String period,
            @RequestParam(name = "sortierung", required = false) @Nullable String order,
            @RequestParam(name = "seite", required = false, defaultValue = "1") String page,
            @AuthenticationPrincipal CurrentUser user,
            Model model) {
        var query = new EventQuery(
                Text.strip(text),
                parse(EventStatus.class, status, null),
                Text.uuid(format).orElse(null),
                parse(EventQuery.Period.class, period, EventQuery.Period.UPCOMING),
                parse(EventQuery.Order.class, order, EventQuery.Order.DATE),
                page.matches("\\d{1,5}") ? Integer.parseInt(page) : 1);
        model.addAttribute("query", query);
        model.addAttribute("result", events.search(tenant.id(), query, Staff.canEdit() ? null : user.accountId()));
        model.addAttribute("formats", vocabulary.all(tenant.id(), TermKind.FORMAT));
        model.addAttribute("canEdit", Staff.canEdit());
        return "events/admin/events";
    }

    @GetMapping(EventRoutes.BASE + EventRoutes.EVENTS + "/neu")
    @PreAuthorize(Staff.EDIT)
    String newEvent(BackOfficeTenant tenant, Model model) {
        support.choices(tenant, EventForm.empty(), FormErrors.none(), model);
        return "events/admin/event-new";
    }

    @CreatesOrSends
    @PostMapping(EventRoutes.BASE + EventRoutes.EVENTS + "/neu")
    @PreAuthorize(Staff.EDIT)
    String create(
            @AuthenticationPrincipal CurrentUser user,
            BackOfficeTenant tenant,
            @ModelAttribute("form") EventForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        support.check(tenant, form, result);
        if (result.hasErrors()) {
            support.choices(tenant, form, new FormErrors(result), model);
            return "events/admin/event-new";
        }
        var id = events.create(tenant.id(), form.details(), Staff.editor(user));
        redirect.addFlashAttribute("notice", "events.event.created");
        return "redirect:" + tenant.path(EventRoutes.EVENTS + "/" + id + "/termine");
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value, @Nullable E fallback) {
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(value))
                .findFirst()
                .orElse(fallback);
    }
}
