package de.mosaik.shared.web;

import de.mosaik.shared.i18n.UiLanguage;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpHeaders;

/**
 * The language of the API's answers, from the client's {@code Accept-Language}: messages (problems)
 * in English unless the client asks for another language Mosaik speaks; texts staff wrote (titles,
 * descriptions) in German, their source, unless the client asks for another language.
 */
public final class ApiLanguage {

    private ApiLanguage() {}

    public static Locale of(HttpServletRequest request) {
        return requested(request).map(UiLanguage::locale).orElse(Locale.ENGLISH);
    }

    /** The language to deliver staff-written texts in: the one asked for, German when none is. */
    public static UiLanguage content(HttpServletRequest request) {
        return requested(request).orElse(UiLanguage.DE);
    }

    /** The first language of the client's preference that Mosaik speaks, if any. */
    private static Optional<UiLanguage> requested(HttpServletRequest request) {
        var header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            for (var range : Locale.LanguageRange.parse(header)) {
                var language = Locale.forLanguageTag(range.getRange()).getLanguage();
                for (var candidate : UiLanguage.values()) {
                    if (candidate != UiLanguage.EINFACH
                            && candidate.locale().getLanguage().equals(language)) {
                        return Optional.of(candidate);
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            // An unreadable header gets the default.
        }
        return Optional.empty();
    }
}
