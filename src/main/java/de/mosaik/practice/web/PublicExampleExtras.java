package de.mosaik.practice.web;

import de.mosaik.networks.Networks;
import de.mosaik.practice.domain.Attachment;
import de.mosaik.practice.domain.PracticeAttachments;
import de.mosaik.practice.domain.PracticeRecommendationLinks;
import de.mosaik.practice.domain.PublishedExample;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the public page of a published example shows beside its texts: its attachments with their downloads and
 * the recommendations it implements, linked to their public page when the network shows one.
 */
@Component
public class PublicExampleExtras {

    private final PracticeAttachments attachments;
    private final PracticeRecommendationLinks links;
    private final Networks networks;

    PublicExampleExtras(PracticeAttachments attachments, PracticeRecommendationLinks links, Networks networks) {
        this.attachments = attachments;
        this.links = links;
        this.networks = networks;
    }

    /** A recommendation the example implements: its number and title, and its public page if there is one. */
    public record Implemented(
            int number, String title, @Nullable String path) {}

    /** The example's attachments and implemented recommendations, as the public page and the API show them. */
    public record Extras(List<Attachment> attachments, List<Implemented> recommendations) {}

    Extras of(PublishedExample example) {
        var network = example.network() == null
                ? null
                : networks.bySlug(example.network().slug()).orElse(null);
        List<Implemented> implemented = network == null
                ? List.of()
                : links.implemented(example.id(), network.id()).stream()
                        .map(r -> new Implemented(
                                r.number(),
                                r.title(),
                                network.isPublic() ? "/netzwerk/" + network.slug() + "/empfehlungen/" + r.id() : null))
                        .toList();
        return new Extras(attachments.of(example.id()), implemented);
    }

    void addTo(Model model, PublishedExample example) {
        model.addAttribute("extras", of(example));
    }

    List<Attachment> attachmentsOf(UUID exampleId) {
        return attachments.of(exampleId);
    }
}
