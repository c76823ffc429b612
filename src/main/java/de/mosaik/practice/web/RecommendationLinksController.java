package de.mosaik.practice.web;

import de.mosaik.networks.AdoptedRecommendation;
import de.mosaik.networks.NetworkSummary;
import de.mosaik.networks.Networks;
import de.mosaik.practice.domain.PracticeExample;
import de.mosaik.practice.domain.PracticeExampleService;
import de.mosaik.practice.domain.PracticeRecommendationLinks;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CurrentUser;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
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
 * Which adopted recommendations of its network an example implements, ticked by its author (in a tenant's
 * back office or a network's members' area) or by the network's editors. Ticking the same again changes
 * nothing, so the form is not marked as creating.
 */
@Controller
@BackOfficePage
class RecommendationLinksController {

    static final String OFFICE = OfficePracticeController.BASE + "/{id}/empfehlungen";
    static final String NETWORK = NetworkPracticeController.BASE + "/{exampleId}/empfehlungen";
    static final String REVIEW = PracticeReviewController.REVIEW + "/{exampleId}/empfehlungen";

    private final PracticeRecommendationLinks links;
    private final PracticeExampleService service;
    private final PracticeNetworkAccess access;
    private final Networks networks;

    RecommendationLinksController(
            PracticeRecommendationLinks links,
            PracticeExampleService service,
            PracticeNetworkAccess access,
            Networks networks) {
        this.links = links;
        this.service = service;
        this.access = access;
        this.networks = networks;
    }

    @GetMapping(OFFICE)
    @PreAuthorize("hasAnyRole('TENANT_ADMIN','STAFF')")
    String officePage(BackOfficeTenant tenant, @PathVariable UUID id, Model model) {
        var example = ofTenant(tenant, id);
        return page(office(tenant, id), example, current(example), null, model);
    }

    @PostMapping(OFFICE)
    @PreAuthorize("hasAnyRole('TENANT_ADMIN','STAFF')")
    String officeSave(
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @RequestParam(name = "recommendation", required = false) @Nullable List<String> ticked,
            @AuthenticationPrincipal CurrentUser user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return save(office(tenant, id), ofTenant(tenant, id), ticked, user, locale, model, redirect);
    }

    @GetMapping(NETWORK)
    String networkPage(
            @PathVariable String network,
            @PathVariable UUID exampleId,
            @AuthenticationPrincipal CurrentUser user,
            Model model) {
        var area = access.open(network, user);
        var example = own(area, user, exampleId);
        return page(area.place().path("/" + exampleId), example, current(example), null, model);
    }

    @PostMapping(NETWORK)
    String networkSave(
            @PathVariable String network,
            @PathVariable UUID exampleId,
            @RequestParam(name = "recommendation", required = false) @Nullable List<String> ticked,
            @AuthenticationPrincipal CurrentUser user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        var area = access.open(network, user);
        var example = own(area, user, exampleId);
        return save(area.place().path("/" + exampleId), example, ticked, user, locale, model, redirect);
    }

    @GetMapping(REVIEW)
    String reviewPage(
            @PathVariable String network,
            @PathVariable UUID exampleId,
            @AuthenticationPrincipal CurrentUser user,
            Model model) {
        var area = access.review(network, user);
        var example = reviewed(area, exampleId);
        return page(area.place().path("/pruefung/" + exampleId), example, current(example), null, model);
    }

    @PostMapping(REVIEW)
    String reviewSave(
            @PathVariable String network,
            @PathVariable UUID exampleId,
            @RequestParam(name = "recommendation", required = false) @Nullable List<String> ticked,
            @AuthenticationPrincipal CurrentUser user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        var area = access.review(network, user);
        var example = reviewed(area, exampleId);
        return save(area.place().path("/pruefung/" + exampleId), example, ticked, user, locale, model, redirect);
    }

    private String save(
            String back,
            PracticeExample example,
            @Nullable List<String> ticked,
            CurrentUser user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        var chosen = new HashSet<UUID>();
        var known =
                links.choices(example).stream().map(AdoptedRecommendation::id).collect(Collectors.toSet());
        for (var value : ticked == null ? List.<String>of() : ticked) {
            var id = uuid(value);
            if (id == null || !known.contains(id)) {
                return page(back, example, chosen, "practiceoffice.links.unknown", model);
            }
            chosen.add(id);
        }
        if (!links.set(example.id(), chosen, PracticeEditing.author(user, locale))) {
            return page(back, example, chosen, "practiceoffice.links.unknown", model);
        }
        redirect.addFlashAttribute("notice", "practiceoffice.links.saved");
        return "redirect:" + back + "#umgesetzte-empfehlungen";
    }

    private String page(String back, PracticeExample example, Set<UUID> chosen, @Nullable String problem, Model model) {
        var name = networks.byId(example.networkId()).map(NetworkSummary::name).orElse("");
        model.addAttribute(
                "page", new RecommendationLinksPage(back, example, name, links.choices(example), chosen, problem));
        return "practice/recommendations";
    }

    private Set<UUID> current(PracticeExample example) {
        return links.implemented(example.id(), example.networkId()).stream()
                .map(AdoptedRecommendation::id)
                .collect(Collectors.toSet());
    }

    private static @Nullable UUID uuid(String value) {
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String office(BackOfficeTenant tenant, UUID id) {
        return tenant.path("/praxisbeispiele/" + id);
    }

    private PracticeExample ofTenant(BackOfficeTenant tenant, UUID id) {
        return service.ofTenant(tenant.id(), id).orElseThrow(PracticeNetworkAccess::notFound);
    }

    private PracticeExample own(PracticeNetworkAccess.Area area, CurrentUser user, UUID exampleId) {
        return service.ofAuthor(area.network().id(), user.accountId(), exampleId)
                .orElseThrow(PracticeNetworkAccess::notFound);
    }

    private PracticeExample reviewed(PracticeNetworkAccess.Area area, UUID exampleId) {
        return service.ofNetwork(area.network().id(), exampleId).orElseThrow(PracticeNetworkAccess::notFound);
    }
}
