package de.mosaik.networks.domain;

import de.mosaik.networks.NetworkSummary;
import de.mosaik.networks.NetworkTranslatables;
import de.mosaik.networks.Participation;
import de.mosaik.shared.translation.SourceText;
import de.mosaik.shared.translation.TranslatableItem;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The networks module's own translatable texts: the public profile's description (owner kind {@code network}) and
 * the title and text of adopted recommendations ({@code recommendation}). Only the coordination translates them,
 * as only it writes the German.
 */
@Configuration(proxyBeanMethods = false)
class NetworkTranslatableTexts {

    static final String NETWORK = "network";
    static final String RECOMMENDATION = "recommendation";

    @Bean
    NetworkTranslatables networkProfileTexts(NetworkProfiles profiles) {
        return new NetworkTranslatables() {
            @Override
            public String ownerKind() {
                return NETWORK;
            }

            @Override
            public String kindLabelKey() {
                return "networks.translations.kind.network";
            }

            @Override
            public List<TranslatableItem> items(NetworkSummary network, Participation who) {
                if (!who.coordinates()) {
                    return List.of();
                }
                return profiles
                        .details(network.id())
                        .filter(details -> !details.description().isBlank())
                        .map(details -> new TranslatableItem(
                                network.id(),
                                network.name(),
                                List.of(new SourceText("description", details.description(), true)),
                                "/netzwerke/" + network.slug() + "/einstellungen"))
                        .stream()
                        .toList();
            }

            @Override
            public @Nullable String fieldLabelKey(String field) {
                return "networks.translations.field.description";
            }
        };
    }

    @Bean
    NetworkTranslatables recommendationTexts(RecommendationService recommendations) {
        return new NetworkTranslatables() {
            @Override
            public String ownerKind() {
                return RECOMMENDATION;
            }

            @Override
            public String kindLabelKey() {
                return "networks.translations.kind.recommendation";
            }

            @Override
            public List<TranslatableItem> items(NetworkSummary network, Participation who) {
                if (!who.coordinates()) {
                    return List.of();
                }
                return recommendations.list(network.id(), RecommendationService.Filter.adopted()).stream()
                        .map(r -> new TranslatableItem(
                                r.id(),
                                r.label() + " " + r.title(),
                                r.body().isBlank()
                                        ? List.of(new SourceText("title", r.title(), false))
                                        : List.of(
                                                new SourceText("title", r.title(), false),
                                                new SourceText("body", r.body(), true)),
                                "/netzwerke/" + network.slug() + "/empfehlungen/" + r.id() + "/bearbeiten"))
                        .toList();
            }

            @Override
            public @Nullable String fieldLabelKey(String field) {
                return "networks.translations.field." + field;
            }
        };
    }
}
