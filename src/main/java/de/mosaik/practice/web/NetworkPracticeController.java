package de.mosaik.practice.web;

import de.mosaik.practice.domain.PracticeExample;
import de.mosaik.practice.domain.PracticeExampleService;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.CreatesOrSends;
import de.mosaik.shared.web.CurrentUser;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
 * A delegate's own practice examples in a network's members' area; the network reviews them. Only the author
 * opens an example here, and only under the network that reviews it.
 */
@Controller
@BackOfficePage
class NetworkPracticeController {

    static final String BASE = "/netzwerke/{network}/praxisbeispiele";

    private final PracticeNetworkAccess access;
    private final PracticeEditing editing;
    private final PracticeExampleService service;

    NetworkPracticeController(PracticeNetworkAccess access, PracticeEditing editing, PracticeExampleService service) {
        this.access = access;
        this.editing = editing;
        this.service = service;
    }

    @GetMapping(BASE)
    String list(@PathVariable String network, @AuthenticationPrincipal CurrentUser user, Model model) {
        var area = access.open(network, user);
        model.addAttribute("reviews", area.participation().reviews());
        model.addAttribute("coordinates", area.participation().coordinates());
        return editing.list(area.place(), service.listOfAuthor(area.network().id(), user.accountId()), model);
    }

    @GetMapping(BASE + "/neu")
    String newForm(@PathVariable String network, @AuthenticationPrincipal CurrentUser user, Model model) {
        var area = access.open(network, user);
        return editing.newForm(area.place(), area.participation().organisationId(), model);
    }

    @CreatesOrSends
    @PostMapping(BASE + "/neu")
    String create(
            @PathVariable String network,
            @ModelAttribute("form") PracticeForm form,
            BindingResult result,
            @AuthenticationPrincipal CurrentUser user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        var area = access.open(network, user);
        return editing.create(area.place(), form, result, user, locale, model, redirect);
    }

    @GetMapping(BASE + "/{exampleId}")
    String edit(
            @PathVariable String network,
            @PathVariable UUID exampleId,
            @AuthenticationPrincipal CurrentUser user,
            Model model) {
        var area = access.open(network, user);
        return editing.edit(area.place(), own(area, user, exampleId), model);
    }

    @PostMapping(BASE + "/{exampleId}")
    String save(
            @PathVariable String network,
            @PathVariable UUID exampleId,
            @ModelAttribute("form") PracticeForm form,
            BindingResult result,
            @AuthenticationPrincipal CurrentUser user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        var area = access.open(network, user);
        return editing.save(area.place(), own(area, user, exampleId), form, result, user, locale, model, redirect);
    }

    @PostMapping(BASE + "/{exampleId}/einreichen")
    String submit(
            @PathVariable String network,
            @PathVariable UUID exampleId,
            @RequestParam(defaultValue = "-1") int version,
            @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        var area = access.open(network, user);
        return editing.submit(area.place(), own(area, user, exampleId), version, redirect);
    }

    @PostMapping(BASE + "/{exampleId}/zurueckziehen")
    String withdraw(
            @PathVariable String network,
            @PathVariable UUID exampleId,
            @RequestParam(defaultValue = "-1") int version,
            @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        var area = access.open(network, user);
        return editing.withdraw(area.place(), own(area, user, exampleId), version, redirect);
    }

    @GetMapping(BASE + "/{exampleId}/bestaetigen")
    String confirmPage(
            @PathVariable String network,
            @PathVariable UUID exampleId,
            @AuthenticationPrincipal CurrentUser user,
            Model model) {
        var area = access.open(network, user);
        return editing.confirmPage(area.place(), own(area, user, exampleId), model);
    }

    @PostMapping(BASE + "/{exampleId}/bestaetigen")
    String confirm(
            @PathVariable String network,
            @PathVariable UUID exampleId,
            @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        var area = access.open(network, user);
        return editing.confirm(area.place(), own(area, user, exampleId), redirect);
    }

    private PracticeExample own(PracticeNetworkAccess.Area area, CurrentUser user, UUID exampleId) {
        return service.ofAuthor(area.network().id(), user.accountId(), exampleId)
                .orElseThrow(PracticeNetworkAccess::notFound);
    }
}
