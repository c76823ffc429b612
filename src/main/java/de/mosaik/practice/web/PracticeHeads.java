package de.mosaik.practice.web;

import de.mosaik.shared.i18n.UiLanguage;
import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.web.BaseUrl;
import de.mosaik.shared.web.PublicHead;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The {@link PublicHead} of the library's pages, built as the portal's pages build theirs (ADR 0006): each
 * language version has its own address with {@code ?lang=}, the address without it is {@code x-default},
 * Einfache Sprache is its own page but no {@code hreflang} alternate, and a version that would only repeat
 * the German text names the German version as canonical.
 */
@Component
class PracticeHeads {

    /** Open Graph descriptions longer than this are cut by every preview anyway. */
    static final int DESCRIPTION = 300;

    private final BaseUrl baseUrl;

    PracticeHeads(BaseUrl baseUrl) {
        this.baseUrl = baseUrl;
    }

    PublicHead of(
            String path,
            UiLanguage shown,
            Collection<ContentLanguage> published,
            String title,
            String description,
            String type,
            @Nullable String jsonLd) {
        var languages = Arrays.stream(UiLanguage.values())
                .filter(l -> l == UiLanguage.DE || published.contains(ContentLanguage.of(l)))
                .toList();
        var canonicalLanguage = languages.contains(shown) ? shown : UiLanguage.DE;
        var alternates = new ArrayList<PublicHead.Alternate>();
        for (var language : languages) {
            if (language != UiLanguage.EINFACH) {
                alternates.add(new PublicHead.Alternate(language.htmlLang(), baseUrl.link(path(path, language))));
            }
        }
        alternates.add(new PublicHead.Alternate("x-default", baseUrl.link(path)));
        return new PublicHead(
                baseUrl.link(path(path, canonicalLanguage)),
                alternates,
                title,
                shorten(description.strip()),
                type,
                ogLocale(canonicalLanguage),
                null,
                jsonLd);
    }

    /** Every public language: the list's texts are all the interface's. */
    static Collection<ContentLanguage> every() {
        return Arrays.stream(UiLanguage.values()).map(ContentLanguage::of).toList();
    }

    static String path(String path, UiLanguage language) {
        return path + "?lang=" + language.code();
    }

    private static String ogLocale(UiLanguage language) {
        return switch (language) {
            case DE, EINFACH -> "de_DE";
            case EN -> "en_GB";
            case AR -> "ar_AR";
            case UK -> "uk_UA";
            case TR -> "tr_TR";
        };
    }

    private static String shorten(String text) {
        var oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= DESCRIPTION ? oneLine : oneLine.substring(0, DESCRIPTION - 1) + "…";
    }
}
