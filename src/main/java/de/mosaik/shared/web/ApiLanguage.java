package de.mosaik.shared.web;

import de.mosaik.shared.i18n.UiLanguage;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.http.HttpHeaders;

/** The language of the API's answers: English unless the client asks for another language Mosaik speaks. */
public final class ApiLanguage {

    private ApiLanguage() {}

    public static Locale of(HttpServletRequest request) {
        var header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (header == null || header.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            for (var range : Locale.LanguageRange.parse(header)) {
                var language = Locale.forLanguageTag(range.getRange()).getLanguage();
                for (var candidate : UiLanguage.values()) {
                    if (candidate != UiLanguage.EINFACH
                            && candidate.locale().getLanguage().equals(language)) {
                        return candidate.locale();
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            // An unreadable header gets the default.
        }
        return Locale.ENGLISH;
    }
}
