package de.mosaik.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.shared.i18n.UiLanguage;
import de.mosaik.shared.i18n.UiLanguageResolver;
import jakarta.servlet.http.Cookie;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The language is chosen by parameter, then cookie, then browser, then German. */
class UiLanguageResolverTests {

    private static final String COOKIE = "mosaik-lang";

    private final UiLanguageResolver resolver = new UiLanguageResolver();

    @Test
    void parameterWinsOverCookieAndBrowser() {
        var request = request("en", "ar", "tr");

        assertThat(resolver.resolve(request)).isEqualTo(UiLanguage.EN);
        assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void cookieWinsOverBrowser() {
        assertThat(resolver.resolve(request(null, "uk", "tr"))).isEqualTo(UiLanguage.UK);
    }

    @Test
    void browserPreferenceComesNext() {
        assertThat(resolver.resolve(request(null, null, "ar-SY,ar;q=0.9,en;q=0.5")))
                .isEqualTo(UiLanguage.AR);
        assertThat(resolver.resolve(request(null, null, "tr-TR"))).isEqualTo(UiLanguage.TR);
    }

    @Test
    void germanWithoutAnyPreference() {
        var request = request(null, null, null);

        assertThat(resolver.resolve(request)).isEqualTo(UiLanguage.DE);
        assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.GERMAN);
    }

    @Test
    void unknownCodesAreIgnored() {
        assertThat(resolver.resolve(request("xx", "tr", "en"))).isEqualTo(UiLanguage.TR);
        assertThat(resolver.resolve(request("xx", "klingon", "en"))).isEqualTo(UiLanguage.EN);
        assertThat(resolver.resolve(request("", null, "fr-FR,fr;q=0.9"))).isEqualTo(UiLanguage.DE);
    }

    @Test
    void codesIgnoreCaseAndSurroundingBlanks() {
        assertThat(resolver.resolve(request(" EN ", null, null))).isEqualTo(UiLanguage.EN);
    }

    @Test
    void germanBrowserGetsStandardGermanNotEinfacheSprache() {
        assertThat(resolver.resolve(request(null, null, "de-DE,de;q=0.9"))).isEqualTo(UiLanguage.DE);
    }

    @Test
    void einfacheSpracheIsGermanWithItsOwnBundle() {
        var request = request("einfach", null, null);

        assertThat(resolver.resolve(request)).isEqualTo(UiLanguage.EINFACH);
        assertThat(UiLanguage.EINFACH.htmlLang()).isEqualTo("de");
        assertThat(UiLanguage.EINFACH.rightToLeft()).isFalse();
        assertThat(UiLanguage.EINFACH.nativeName()).isEqualTo("Einfache Sprache");
        // The bundle suffix messages_de__einfach follows from this locale.
        assertThat(resolver.resolveLocale(request).toString()).isEqualTo("de__einfach");
        assertThat(UiLanguage.of(resolver.resolveLocale(request))).isEqualTo(UiLanguage.EINFACH);
    }

    @Test
    void onlyArabicIsRightToLeft() {
        assertThat(UiLanguage.AR.rightToLeft()).isTrue();
        assertThat(UiLanguage.AR.htmlLang()).isEqualTo("ar");
        for (var language : UiLanguage.values()) {
            assertThat(language.rightToLeft()).as(language.code()).isEqualTo(language == UiLanguage.AR);
        }
    }

    @Test
    void chosenLanguageIsKeptInACookie() {
        var request = new MockHttpServletRequest();
        var response = new MockHttpServletResponse();

        resolver.setLocale(request, response, UiLanguage.EINFACH.locale());

        var cookie = response.getCookie(COOKIE);
        assertThat(cookie).isNotNull();
        assertThat(cookie.getValue()).isEqualTo("einfach");
        assertThat(cookie.getPath()).isEqualTo("/");
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getMaxAge()).isPositive();

        var next = request(null, cookie.getValue(), "en");
        assertThat(resolver.resolve(next)).isEqualTo(UiLanguage.EINFACH);
    }

    private static MockHttpServletRequest request(String parameter, String cookie, String acceptLanguage) {
        var request = new MockHttpServletRequest("GET", "/");
        if (parameter != null) {
            request.setParameter(UiLanguageResolver.PARAMETER, parameter);
        }
        if (cookie != null) {
            request.setCookies(new Cookie(COOKIE, cookie));
        }
        if (acceptLanguage != null) {
            request.addHeader("Accept-Language", acceptLanguage);
        }
        return request;
    }
}
