package de.mosaik.portal.web;

import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.translation.work.LanguageTags;
import de.mosaik.shared.web.ApiLanguage;
import de.mosaik.shared.web.InvalidApiParameter;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The language the portal API answers in: the {@code lang} parameter (a BCP 47 tag: {@code de},
 * {@code de-x-einfach} for Einfache Sprache, or a language the tenant translates into), otherwise the
 * client's {@code Accept-Language} as in the events API, otherwise German.
 */
final class ApiPortalLanguage {

    static final String PARAMETER = "lang";

    /** The public pages' code of Einfache Sprache, accepted too so that links carry over. */
    private static final String EINFACH_CODE = "einfach";

    private ApiPortalLanguage() {}

    static ContentLanguage of(
            @Nullable String lang, HttpServletRequest request, Supplier<List<ContentLanguage>> tenantLanguages) {
        if (lang == null) {
            return ContentLanguage.of(ApiLanguage.content(request));
        }
        var tag = lang.strip();
        var language = tag.equalsIgnoreCase(EINFACH_CODE)
                ? ContentLanguage.EINFACH
                : (tag.length() > 35 ? null : LanguageTags.parse(tag).orElse(null));
        if (language == null || !(language.german() || tenantLanguages.get().contains(language))) {
            throw new InvalidApiParameter(PARAMETER);
        }
        return language;
    }
}
