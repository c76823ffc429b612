package de.mosaik.networks.web;

import de.mosaik.networks.domain.NetworkMembership;
import de.mosaik.organisations.InvalidOrganisationException;
import de.mosaik.organisations.Organisation;
import de.mosaik.organisations.OrganisationDetails;
import de.mosaik.organisations.OrganisationKind;
import de.mosaik.organisations.Organisations;
import de.mosaik.shared.text.BerlinTime;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.CreatesOrSends;
import de.mosaik.shared.web.FormErrors;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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
 * The coordination adds a member body: found in the register, or entered anew. A new entry that looks like one
 * the register has is not added at once: the likely duplicates are shown to pick one, or to add it anyway.
 */
@Controller
@BackOfficePage
class NetworkMemberAddController {

    static final String ADD = NetworkMembersController.MEMBERS + "/neu";
    private static final int RESULTS = 20;

    private final NetworkPages pages;
    private final Organisations organisations;
    private final NetworkMembership membership;

    NetworkMemberAddController(NetworkPages pages, Organisations organisations, NetworkMembership membership) {
        this.pages = pages;
        this.organisations = organisations;
        this.membership = membership;
    }

    @GetMapping(ADD)
    String show(
            @PathVariable String network,
            @RequestParam(name = "q", required = false) @Nullable String query,
            Model model) {
        pages.coordinate(network, model);
        return page(query, NewBodyForm.blank(), FormErrors.none(), List.of(), model);
    }

    /** Adds a body of the register. */
    @CreatesOrSends
    @PostMapping(ADD)
    String add(
            @PathVariable String network,
            @RequestParam(name = "organisationId", required = false) @Nullable String organisationId,
            @RequestParam(name = "joinedOn", required = false) @Nullable String joinedOn,
            Model model,
            RedirectAttributes redirect) {
        var area = pages.coordinate(network, model);
        var body = organisationId == null
                ? null
                : organisations.byId(NetworkIds.parse(organisationId)).orElse(null);
        if (body == null) {
            throw NetworkPages.notFound();
        }
        var day = joinedOn == null || joinedOn.isBlank() ? today() : parseOrToday(joinedOn);
        var outcome = membership.addMember(area.id(), body.id(), day);
        redirect.addFlashAttribute(
                "notice",
                outcome == NetworkMembership.Outcome.DONE ? "networks.member.added" : "networks.member.alreadyMember");
        return "redirect:" + area.path("/mitglieder");
    }

    /** Enters a new body into the register and adds it, unless it looks like one the register has. */
    @CreatesOrSends
    @PostMapping(ADD + "/anlegen")
    String create(
            @PathVariable String network,
            @ModelAttribute("body") NewBodyForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var area = pages.coordinate(network, model);
        NetworkFormChecks.required(form.name(), 200, "name", result);
        var kind = NetworkFormChecks.choice(form.kind(), OrganisationKind.class, "kind", result);
        NetworkFormChecks.optional(form.city(), 100, "city", result);
        var state = NetworkFormChecks.text(form.state()).toUpperCase(java.util.Locale.ROOT);
        if (!state.isEmpty() && !state.matches("[A-Z]{2}")) {
            result.rejectValue("state", "networks.body.state.invalid");
        }
        var key = NetworkFormChecks.text(form.municipalityKey());
        if (!key.isEmpty() && !key.matches("\\d{5}|\\d{8}")) {
            result.rejectValue("municipalityKey", "networks.body.municipalityKey.invalid");
        }
        NetworkFormChecks.optional(form.website(), 300, "website", result);
        if (result.hasErrors()) {
            return page(null, form, new FormErrors(result), List.of(), model);
        }
        var details = new OrganisationDetails(
                NetworkFormChecks.text(form.name()),
                kind.orElseThrow(),
                "",
                "",
                NetworkFormChecks.text(form.city()),
                state,
                key.isEmpty() ? null : key,
                null,
                NetworkFormChecks.text(form.website()),
                "",
                "");
        UUID organisationId;
        try {
            if (form.duplicatesChecked()) {
                organisationId = organisations.registerConfirmed(details);
            } else {
                var registered = organisations.register(details);
                if (registered.id().isEmpty()) {
                    model.addAttribute("confirming", true);
                    return page(null, form, FormErrors.none(), registered.likelyDuplicates(), model);
                }
                organisationId = registered.id().get();
            }
        } catch (InvalidOrganisationException invalid) {
            for (var problem : invalid.problems()) {
                // One official key names one body: the register has it, so that entry is the one to add.
                var message = problem.messageKey().endsWith("municipalityKey.taken")
                        ? "networks.body.municipalityKey.taken"
                        : problem.messageKey();
                result.rejectValue(problem.field(), message);
            }
            model.addAttribute("confirming", form.duplicatesChecked());
            var similar = key.isEmpty() ? List.<Organisation>of() : organisations.search(key, RESULTS);
            return page(null, form, new FormErrors(result), similar, model);
        }
        membership.addMember(area.id(), organisationId, today());
        redirect.addFlashAttribute("notice", "networks.member.added");
        return "redirect:" + area.path("/mitglieder");
    }

    private String page(
            @Nullable String query, NewBodyForm form, FormErrors errors, List<Organisation> duplicates, Model model) {
        var text = query == null ? "" : query.strip();
        model.addAttribute("query", text);
        model.addAttribute("results", text.isEmpty() ? List.of() : organisations.search(text, RESULTS));
        model.addAttribute("body", form);
        model.addAttribute("errors", errors);
        model.addAttribute("duplicates", duplicates);
        model.addAttribute("today", today().toString());
        if (!model.containsAttribute("confirming")) {
            model.addAttribute("confirming", false);
        }
        return "networks/member-add";
    }

    private static LocalDate parseOrToday(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return today();
        }
    }

    private static LocalDate today() {
        return LocalDate.now(BerlinTime.ZONE);
    }
}
