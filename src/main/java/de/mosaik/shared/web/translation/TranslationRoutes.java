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
    static final String READABILITY = OVERVIEW + "/lesbarkeit";
    static final String ITEM = OVERVIEW + "/{ownerKind}/{ownerId}";
    static final String EDIT = "hasAnyRole('TENANT_ADMIN','STAFF')";
    static final String LANGUAGE = "sprache";

    private TranslationRoutes() {}

    /**
     * Where an editor posts one German ({@code einfach} false) or Einfache Sprache text field while it is typed, to
     * get its readability figure back (htmx). {@code field} is the form field's name, {@code id} the figure's id
     * (as given to {@code tag/readabilityBox}).
     */
    public static String readability(BackOfficeTenant tenant, String field, boolean einfach, String id) {
        return tenant.path(READABILITY) + "?feld=" + field + "&art=" + (einfach ? "einfach" : "de") + "&ziel=" + id;
    }

    /** The editor of one item in one language, for links from other modules' pages. */
    public static String editor(BackOfficeTenant tenant, String ownerKind, UUID ownerId, ContentLanguage language) {
        return tenant.path(OVERVIEW + "/" + ownerKind + "/" + ownerId) + "?" + LANGUAGE + "=" + language.code();
    }
}
