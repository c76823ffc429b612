package de.mosaik.shared.web.translation;

import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.web.BackOfficeTenant;
import java.util.UUID;

/** Paths of the translation work, below {@code /verwaltung/{slug}}. */
public final class TranslationRoutes {

    static final String BASE = "/verwaltung/{slug}";
    static final String OVERVIEW = "/uebersetzungen";
    static final String XLIFF = OVERVIEW + "/xliff";
    static final String LANGUAGES = OVERVIEW + "/sprachen";
    static final String ITEM = OVERVIEW + "/{ownerKind}/{ownerId}";
    static final String EDIT = "hasAnyRole('TENANT_ADMIN','STAFF')";
    static final String LANGUAGE = "sprache";

    private TranslationRoutes() {}

    /** The editor of one item in one language, for links from other modules' pages. */
    public static String editor(BackOfficeTenant tenant, String ownerKind, UUID ownerId, ContentLanguage language) {
        return tenant.path(OVERVIEW + "/" + ownerKind + "/" + ownerId) + "?" + LANGUAGE + "=" + language.code();
    }
}
