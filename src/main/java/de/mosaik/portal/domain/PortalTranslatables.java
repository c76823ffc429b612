package de.mosaik.portal.domain;

import de.mosaik.portal.PortalTexts;
import de.mosaik.shared.translation.SourceText;
import de.mosaik.shared.translation.TranslatableContent;
import de.mosaik.shared.translation.TranslatableItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The texts of offers, places and contacts that staff translate, for the translation overview, editor
 * and XLIFF (one {@link TranslatableContent} bean per owner kind). Blank German texts are left out:
 * there is nothing to translate. The edit paths are the back-office pages where the German is written.
 */
@Configuration(proxyBeanMethods = false)
class PortalTranslatables {

    static final String BASE = "/verwaltung/%s/inhalte/";

    @Bean
    TranslatableContent offerTranslatables(OfferService offers, TenantSlugs slugs) {
        return new Kind(PortalTexts.OFFER, "portal.translatable.offer") {
            @Override
            public List<TranslatableItem> items(UUID tenantId) {
                var base = BASE.formatted(slugs.of(tenantId)) + "angebote/";
                return offers.all(tenantId).stream()
                        .map(o -> item(
                                o.id(),
                                o.title(),
                                OfferService.TRANSLATED,
                                OfferService.texts(o.details()),
                                base + o.id()))
                        .toList();
            }
        };
    }

    @Bean
    TranslatableContent placeTranslatables(PortalPlaceService places, TenantSlugs slugs) {
        return new Kind(PortalTexts.PLACE, "portal.translatable.place") {
            @Override
            public List<TranslatableItem> items(UUID tenantId) {
                var base = BASE.formatted(slugs.of(tenantId)) + "orte/";
                return places.all(tenantId).stream()
                        .map(p -> item(
                                p.id(),
                                p.name(),
                                PortalPlaceService.TRANSLATED,
                                PortalPlaceService.texts(p.details()),
                                base + p.id()))
                        .toList();
            }
        };
    }

    @Bean
    TranslatableContent contactTranslatables(ContactService contacts, TenantSlugs slugs) {
        return new Kind(PortalTexts.CONTACT, "portal.translatable.contact") {
            @Override
            public List<TranslatableItem> items(UUID tenantId) {
                var base = BASE.formatted(slugs.of(tenantId)) + "ansprechpersonen/";
                return contacts.all(tenantId).stream()
                        .map(c -> item(
                                c.id(),
                                c.name(),
                                ContactService.TRANSLATED,
                                ContactService.texts(c.details()),
                                base + c.id()))
                        .toList();
            }
        };
    }

    private abstract static class Kind implements TranslatableContent {
        private final String ownerKind;
        private final String labelKey;

        Kind(String ownerKind, String labelKey) {
            this.ownerKind = ownerKind;
            this.labelKey = labelKey;
        }

        @Override
        public String ownerKind() {
            return ownerKind;
        }

        @Override
        public String kindLabelKey() {
            return labelKey;
        }

        static TranslatableItem item(
                UUID id, String title, List<String> fields, Map<String, String> german, String editPath) {
            var texts = new ArrayList<SourceText>();
            for (var field : fields) {
                var source = german.getOrDefault(field, "");
                if (!source.isBlank()) {
                    texts.add(new SourceText(field, source, field.equals(PortalTexts.BODY)));
                }
            }
            return new TranslatableItem(id, title, texts, editPath);
        }
    }
}
