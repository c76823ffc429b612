package de.mosaik.portal.web;

import de.mosaik.identity.TenantProfile;
import de.mosaik.shared.i18n.UiLanguage;
import de.mosaik.shared.translation.ShownText;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every printed handout has around its content: the tenant's name and logo, the document's title and
 * language, and the address of the online version with a QR code, so that a reader of the paper finds the
 * current text. Texts of the interface come from the portal's bundles in the handout's language.
 */
public record HandoutFrame(
        UiLanguage language,
        ShownText title,
        TenantProfile tenant,
        @Nullable String logoDataUri,
        String url,
        String qrDataUri,
        String stand,
        String site,
        MessageSource messages) {

    /** The online address of a path of this site in the handout's language, as a reader would type it. */
    public String online(String path) {
        return online(site, language, path);
    }

    static String online(String site, UiLanguage language, String path) {
        var localised = language == UiLanguage.DE
                ? path
                : UriComponentsBuilder.fromUriString(path)
                        .replaceQueryParam("lang", language.code())
                        .build()
                        .toUriString();
        return site + localised;
    }

    public String t(String key, Object... args) {
        return messages.getMessage(key, args, locale());
    }

    public Locale locale() {
        return language.locale();
    }

    public String lang() {
        return language.htmlLang();
    }

    public String dir() {
        return language.rightToLeft() ? "rtl" : "ltr";
    }

    /**
     * The {@code lang} of a text that may be the German fallback, or null when the document's language applies.
     * Unlike on the web page a fallback gets {@code dir="ltr"}: the PDF renderer knows no {@code dir="auto"},
     * and German runs left to right.
     */
    public static @Nullable String dirOf(ShownText text) {
        return text.fallback() ? "ltr" : null;
    }
}
