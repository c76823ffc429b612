package de.mosaik.networks.web;

import de.mosaik.networks.ImplementingExamples;
import de.mosaik.networks.MemberBody;
import de.mosaik.networks.NetworkSummary;
import de.mosaik.networks.Networks;
import de.mosaik.networks.domain.PublicNetworkTexts;
import de.mosaik.networks.domain.Recommendation;
import de.mosaik.networks.domain.RecommendationService;
import de.mosaik.shared.i18n.UiLanguage;
import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.web.PublicCaching;
import de.mosaik.shared.web.PublicContent;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The adopted recommendations of a public network for everybody, with their public timeline (which body did
 * what; no person is named) and an Atom feed of the changes. Drafts and members-only networks are not there.
 */
@Controller
class PublicRecommendationsController {

    static final String LIST = NetworkRoutes.PUBLIC_PROFILE + "/empfehlungen";
    static final int FEED_ENTRIES = 50;

    private final Networks networks;
    private final RecommendationService recommendations;
    private final List<ImplementingExamples> examples;
    private final RecommendationFeed feed;
    private final PublicNetworkTexts texts;

    PublicRecommendationsController(
            Networks networks,
            RecommendationService recommendations,
            List<ImplementingExamples> examples,
            RecommendationFeed feed,
            PublicNetworkTexts texts) {
        this.networks = networks;
        this.recommendations = recommendations;
        this.examples = examples;
        this.feed = feed;
        this.texts = texts;
    }

    @PublicContent
    @GetMapping(LIST)
    String list(@PathVariable String network, Locale locale, Model model) {
        var shown = publicNetwork(network);
        var adopted = recommendations.list(shown.id(), RecommendationService.Filter.adopted());
        model.addAttribute("network", shown);
        model.addAttribute("recommendations", adopted);
        model.addAttribute("texts", texts.recommendations(adopted, language(locale)));
        return "networks/recommendations/public-list";
    }

    @PublicContent
    @GetMapping(LIST + "/{recommendationId}")
    String show(@PathVariable String network, @PathVariable String recommendationId, Locale locale, Model model) {
        var shown = publicNetwork(network);
        var recommendation = adopted(shown, recommendationId);
        model.addAttribute("network", shown);
        model.addAttribute("recommendation", recommendation);
        model.addAttribute(
                "text",
                texts.recommendations(List.of(recommendation), language(locale)).get(recommendation.id()));
        model.addAttribute("entries", recommendations.entries(shown.id(), recommendation.id()));
        model.addAttribute("bodyNames", bodyNames(shown));
        model.addAttribute("examples", RecommendationExamples.of(examples, recommendation.id()));
        return "networks/recommendations/public-detail";
    }

    @PublicContent
    @GetMapping(LIST + ".atom")
    ResponseEntity<String> atom(
            @PathVariable String network, HttpServletRequest request, HttpServletResponse response) {
        var shown = publicNetwork(network);
        var body = feed.render(shown, recommendations.publicChanges(shown.id(), FEED_ENTRIES), bodyNames(shown));
        if (PublicCaching.notModified(request, response, body.getBytes(StandardCharsets.UTF_8))) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                .body(body);
    }

    private static ContentLanguage language(Locale locale) {
        return ContentLanguage.of(UiLanguage.of(locale));
    }

    private NetworkSummary publicNetwork(String slug) {
        return networks.bySlug(slug).filter(NetworkSummary::isPublic).orElseThrow(NetworkPages::notFound);
    }

    private Recommendation adopted(NetworkSummary network, String recommendationId) {
        var id = RecommendationForm.uuid(recommendationId);
        if (id == null) {
            throw NetworkPages.notFound();
        }
        return recommendations
                .byId(network.id(), id)
                .filter(r -> r.status().adopted())
                .orElseThrow(NetworkPages::notFound);
    }

    private Map<UUID, String> bodyNames(NetworkSummary network) {
        return networks.members(network.id()).stream()
                .collect(Collectors.toMap(MemberBody::memberId, MemberBody::name));
    }
}
