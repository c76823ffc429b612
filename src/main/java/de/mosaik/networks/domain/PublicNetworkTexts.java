package de.mosaik.networks.domain;

import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.translation.ShownText;
import de.mosaik.shared.translation.Translations;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * A public network's texts in the reader's language: the published, current translation (kept without a tenant,
 * ADR 0014), else the German marked as German, per text.
 */
@Service
public class PublicNetworkTexts {

    private final Translations translations;

    PublicNetworkTexts(Translations translations) {
        this.translations = translations;
    }

    public ShownText description(UUID networkId, String german, ContentLanguage language) {
        return translations
                .loadPublished(NetworkTranslatableTexts.NETWORK, List.of(networkId))
                .text(networkId, "description", german)
                .in(language);
    }

    /** Title and text of each recommendation in {@code language}, in one query. */
    public Map<UUID, RecommendationText> recommendations(List<Recommendation> shown, ContentLanguage language) {
        var set = translations.loadPublished(
                NetworkTranslatableTexts.RECOMMENDATION,
                shown.stream().map(Recommendation::id).toList());
        var result = new HashMap<UUID, RecommendationText>();
        for (var r : shown) {
            result.put(
                    r.id(),
                    new RecommendationText(
                            set.text(r.id(), "title", r.title()).in(language),
                            set.text(r.id(), "body", r.body()).in(language)));
        }
        return result;
    }

    public record RecommendationText(ShownText title, ShownText body) {}
}
