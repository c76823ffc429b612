package de.mosaik.portal.domain;

import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.translation.ShownText;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An offer as its public page shows it: texts in the page's language, the body as sanitised HTML,
 * its place and contacts, and the event to register for when it has one.
 */
public record PublicOffer(
        Offer offer,
        ShownTexts texts,
        String bodyHtml,
        @Nullable PortalPlace place,
        List<PublicContact> contacts,
        @Nullable EventLink event,
        Set<ContentLanguage> languages) {

    /** A Mosaik event of the tenant: its public path and title in the page's language. */
    public record EventLink(String path, ShownText title) {}
}
