package de.mosaik.events.web;

import de.mosaik.events.TermKind;
import de.mosaik.events.domain.EventEditOutcome;
import de.mosaik.events.domain.VocabularyService;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CreatesOrSends;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Formats, topics and target groups of the tenant: add, rename, reorder, deactivate, delete unused ones. */
@Controller
@BackOfficePage
@PreAuthorize(Staff.EDIT)
class VocabularyController {

    private static final int MAX_NAME = 200;

    private final VocabularyService vocabulary;

    VocabularyController(VocabularyService vocabulary) {
        this.vocabulary = vocabulary;
    }

    @GetMapping(EventRoutes.BASE + EventRoutes.VOCABULARY)
    String show(
            BackOfficeTenant tenant,
            @RequestParam(name = "umbenennen", required = false) @Nullable String rename,
            Model model) {
        return page(
                tenant,
                Text.uuid(rename)
                        .flatMap(id -> vocabulary.term(tenant.id(), id))
                        .orElse(null),
                null,
                model);
    }

    @CreatesOrSends
    @PostMapping(EventRoutes.BASE + EventRoutes.VOCABULARY)
    String add(
            BackOfficeTenant tenant,
            @RequestParam(name = "kind", required = false) @Nullable String kindName,
            @RequestParam(name = "name", required = false) @Nullable String name,
            Model model,
            RedirectAttributes redirect) {
        var kind = Arrays.stream(TermKind.values())
                .filter(k -> k.name().equals(kindName))
                .findFirst()
                .orElseThrow(EventPages::notFound);
        var text = Text.strip(name);
        if (text.isEmpty() || text.length() > MAX_NAME) {
            return page(tenant, null, "events.vocabulary.name.required", model);
        }
        if (vocabulary.add(tenant.id(), kind, text) == EventEditOutcome.NAME_TAKEN) {
            return page(tenant, null, "events.vocabulary.name.taken", model);
        }
        redirect.addFlashAttribute("notice", "events.vocabulary.saved");
        return "redirect:" + tenant.path(EventRoutes.VOCABULARY) + "#" + kind.name();
    }

    @PostMapping(EventRoutes.BASE + EventRoutes.VOCABULARY + "/umbenennen")
    String rename(
            BackOfficeTenant tenant,
            @RequestParam(name = "termId", required = false) @Nullable String termId,
            @RequestParam(name = "name", required = false) @Nullable String name,
            Model model,
            RedirectAttributes redirect) {
        var term = Text.uuid(termId)
                .flatMap(id -> vocabulary.term(tenant.id(), id))
                .orElseThrow(EventPages::notFound);
        var text = Text.strip(name);
        if (text.isEmpty() || text.length() > MAX_NAME) {
            return page(tenant, term, "events.vocabulary.name.required", model);
        }
        if (vocabulary.rename(tenant.id(), term.id(), text) == EventEditOutcome.NAME_TAKEN) {
            return page(tenant, term, "events.vocabulary.name.taken", model);
        }
        redirect.addFlashAttribute("notice", "events.vocabulary.saved");
        return "redirect:" + tenant.path(EventRoutes.VOCABULARY) + "#"
                + term.kind().name();
    }

    @PostMapping(EventRoutes.BASE + EventRoutes.VOCABULARY + "/aendern")
    String change(
            BackOfficeTenant tenant,
            @RequestParam(name = "termId", required = false) @Nullable String termId,
            @RequestParam(name = "aktion", required = false) @Nullable String action,
            Model model,
            RedirectAttributes redirect) {
        var term = Text.uuid(termId)
                .flatMap(id -> vocabulary.term(tenant.id(), id))
                .orElseThrow(EventPages::notFound);
        UUID id = term.id();
        var outcome = switch (action == null ? "" : action) {
            case "hoch" -> vocabulary.move(tenant.id(), id, true);
            case "runter" -> vocabulary.move(tenant.id(), id, false);
            case "aktivieren" -> vocabulary.setActive(tenant.id(), id, true);
            case "deaktivieren" -> vocabulary.setActive(tenant.id(), id, false);
            case "loeschen" -> vocabulary.delete(tenant.id(), id);
            default -> EventEditOutcome.NOT_FOUND;
        };
        if (outcome == EventEditOutcome.IN_USE) {
            return page(tenant, null, "events.vocabulary.inUse", model);
        }
        if (outcome != EventEditOutcome.DONE) {
            throw EventPages.notFound();
        }
        redirect.addFlashAttribute("notice", "events.vocabulary.saved");
        return "redirect:" + tenant.path(EventRoutes.VOCABULARY) + "#"
                + term.kind().name();
    }

    private String page(
            BackOfficeTenant tenant,
            de.mosaik.events.domain.@Nullable VocabularyTerm renaming,
            @Nullable String problem,
            Model model) {
        var kinds = new LinkedHashMap<TermKind, java.util.List<de.mosaik.events.domain.VocabularyTerm>>();
        for (var kind : TermKind.values()) {
            kinds.put(kind, vocabulary.all(tenant.id(), kind));
        }
        model.addAttribute("vocabularies", kinds);
        model.addAttribute("renaming", renaming);
        model.addAttribute("problem", problem);
        return "events/admin/vocabulary";
    }
}
