package de.mosaik.shared.i18n;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Chooses the UI language: {@code ?lang=} (so that shared links carry it), then the language
 * cookie, then the browser's preference, then German. A language chosen by parameter is kept in
 * the cookie.
 */
public class UiLanguageResolver implements LocaleResolver {

    public static final String PARAMETER = "lang";
    static final String COOKIE = "mosaik-lang";

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return resolve(request).locale();
    }

    public UiLanguage resolve(HttpServletRequest request) {
        var parameter = request.getParameter(PARAMETER);
        if (parameter != null) {
            var chosen = UiLanguage.fromCode(parameter);
            if (chosen.isPresent()) {
                return chosen.get();
            }
        }
        return fromCookie(request).or(() -> fromBrowser(request)).orElse(UiLanguage.DE);
    }

    private Optional<UiLanguage> fromCookie(HttpServletRequest request) {
        var cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(c -> COOKIE.equals(c.getName()))
                .findFirst()
                .flatMap(c -> UiLanguage.fromCode(c.getValue()));
    }

    private Optional<UiLanguage> fromBrowser(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return Optional.empty();
        }
        var preferred = request.getLocale();
        return Arrays.stream(UiLanguage.values())
                .filter(l -> l != UiLanguage.EINFACH && l.locale().getLanguage().equals(preferred.getLanguage()))
                .findFirst();
    }

    @Override
    public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
        if (response == null || locale == null) {
            return;
        }
        var cookie = new Cookie(COOKIE, UiLanguage.of(locale).code());
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
