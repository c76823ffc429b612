package de.mosaik.practice.web;

import de.mosaik.networks.AdoptedRecommendation;
import de.mosaik.practice.domain.PracticeExample;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The page where an example's author or the network's editors tick the adopted recommendations of its network
 * that the example implements. {@code back} is the example's page in the place it was opened.
 */
public record RecommendationLinksPage(
        String back,
        PracticeExample example,
        String networkName,
        List<AdoptedRecommendation> choices,
        Set<UUID> chosen,
        @Nullable String problem) {

    public String action() {
        return back + "/empfehlungen";
    }

    public boolean ticked(AdoptedRecommendation recommendation) {
        return chosen.contains(recommendation.id());
    }
}
