package de.mosaik.portal.web;

import de.mosaik.portal.domain.ContactUse;
import de.mosaik.shared.web.FormErrors;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the contact form shows besides the typed values: the languages to tick and where the contact is named. */
public record ContactEditPage(
        ContactForm form,
        FormErrors errors,
        @Nullable String problem,
        List<String> languages,
        List<ContactUse> uses,
        @Nullable String translationsPath) {

    /** The back-office path of the page, offer or place that names a contact, below the tenant's prefix. */
    public static String editorPath(ContactUse use) {
        var list = switch (use.kind()) {
            case PAGE -> ContentRoutes.PAGES;
            case OFFER -> ContentRoutes.OFFERS;
            case PLACE -> ContentRoutes.PLACES;
        };
        return list + "/" + use.id();
    }
}
