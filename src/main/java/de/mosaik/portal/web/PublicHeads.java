package de.mosaik.portal.web;

import de.mosaik.shared.i18n.UiLanguage;
import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.web.BaseUrl;
import de.mosaik.shared.web.PublicHead;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Builds the {@link PublicHead} of a portal page from its path, languages and texts. */
@Component
class PublicHeads {

    /** Open Graph descriptions longer than this are cut by every preview anyway. */
    static final int DESCRIPTION = 300;

    private final BaseUrl baseUrl;
    private final MessageSource messages;

    PublicHeads(BaseUrl baseUrl, MessageSource messages) {
        this.baseUrl = baseUrl;
        this.messages = messages;
    }

    /** The head of a list whose title is the interface text {@code titleKey}: it exists in every language. */
    PublicHead list(String path, Locale locale, String titleKey) {
        return of(
                path,
                UiLanguage.of(locale),
                LanguageVersions.every(),
                messages.getMessage(titleKey, null, locale),
                "",
                "website",
                null,
                null);
    }

    /**
     * The head of the page at {@code path} shown in {@code shown}. A version that would only repeat the German
     * text under another interface language names the German version as its canonical address.
     */
    PublicHead of(
            String path,
            UiLanguage shown,
            Collection<ContentLanguage> published,
            String title,
            String description,
            String type,
            @Nullable String imagePath,
            @Nullable String jsonLd) {
        var languages = LanguageVersions.shown(published);
        var canonicalLanguage = languages.contains(shown) ? shown : UiLanguage.DE;
        var alternates = new ArrayList<PublicHead.Alternate>();
        for (var language : languages) {
            var hreflang = LanguageVersions.hreflang(language);
            if (hreflang != null) {
                alternates.add(new PublicHead.Alternate(hreflang, baseUrl.link(LanguageVersions.path(path, language))));
            }
        }
        alternates.add(new PublicHead.Alternate("x-default", baseUrl.link(path)));
        return new PublicHead(
                baseUrl.link(LanguageVersions.path(path, canonicalLanguage)),
                alternates,
                title,
                shorten(description.strip()),
                type,
                LanguageVersions.ogLocale(canonicalLanguage),
                imagePath == null ? null : baseUrl.link(imagePath),
                jsonLd);
    }

    private static String shorten(String text) {
        var oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= DESCRIPTION ? oneLine : oneLine.substring(0, DESCRIPTION - 1) + "…";
    }
}
