package de.mosaik.privacy.web;

import de.mosaik.privacy.domain.PersonMergeService;
import de.mosaik.privacy.domain.PersonService;
import de.mosaik.privacy.domain.PersonSummary;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CurrentUser;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Merging two persons: choose the other one, look at what would change (nothing changes on GET),
 * then confirm. The person the merge started from keeps their address as the canonical one.
 */
@Controller
@BackOfficePage
@PreAuthorize("hasAnyRole('TENANT_ADMIN','STAFF')")
class MergeController {

    static final String CHOOSE = PersonPages.PERSON + "/zusammenfuehren";
    static final String PREVIEW = CHOOSE + "/{otherKey}";

    private final PersonPages pages;
    private final PersonService directory;
    private final PersonMergeService personMergeService;

    MergeController(PersonPages pages, PersonService directory, PersonMergeService personMergeService) {
        this.pages = pages;
        this.directory = directory;
        this.personMergeService = personMergeService;
    }

    @GetMapping(CHOOSE)
    String choose(
            BackOfficeTenant tenant,
            @PathVariable String key,
            @RequestParam(name = "q", required = false) @Nullable String query,
            Model model) {
        var person = pages.person(tenant, key);
        var needle = query == null ? "" : query.strip();
        // Only after a search: the whole list would invite picking the wrong person.
        var candidates = needle.isEmpty()
                ? List.<PersonSummary>of()
                : directory.search(tenant.id(), needle).stream()
                        .filter(p -> !p.key().equals(key))
                        .toList();
        model.addAttribute("person", person);
        model.addAttribute("query", needle);
        model.addAttribute("searched", !needle.isEmpty());
        model.addAttribute("candidates", candidates);
        model.addAttribute("base", PersonPages.page(tenant, key));
        return "privacy/persons/mergeChoose";
    }

    @GetMapping(PREVIEW)
    String preview(
            BackOfficeTenant tenant,
            @PathVariable String key,
            @PathVariable String otherKey,
            Model model,
            RedirectAttributes redirect) {
        if (key.equals(otherKey)) {
            redirect.addFlashAttribute("problem", "persons.merge.self");
            return "redirect:" + PersonPages.page(tenant, key) + "/zusammenfuehren";
        }
        var preview = personMergeService.preview(tenant.id(), key, otherKey).orElseThrow(PersonPages::notFound);
        // Both persons' data are shown side by side.
        pages.viewed(tenant, key);
        pages.viewed(tenant, otherKey);
        model.addAttribute("preview", preview);
        model.addAttribute("base", PersonPages.page(tenant, key));
        model.addAttribute("action", PersonPages.page(tenant, key) + "/zusammenfuehren/" + otherKey);
        return "privacy/persons/mergePreview";
    }

    @PostMapping(PREVIEW)
    String merge(
            @AuthenticationPrincipal CurrentUser user,
            BackOfficeTenant tenant,
            @PathVariable String key,
            @PathVariable String otherKey,
            RedirectAttributes redirect) {
        var result = personMergeService.merge(tenant.id(), key, otherKey, user.accountId(), user.displayName());
        switch (result) {
            case MERGED -> redirect.addFlashAttribute("notice", "persons.merge.done");
            case SAME_PERSON -> {
                redirect.addFlashAttribute("problem", "persons.merge.self");
                return "redirect:" + PersonPages.page(tenant, key) + "/zusammenfuehren";
            }
            case ALREADY_MERGED -> redirect.addFlashAttribute("notice", "persons.merge.already");
            case NOT_FOUND -> throw PersonPages.notFound();
        }
        return "redirect:" + PersonPages.page(tenant, key);
    }
}
