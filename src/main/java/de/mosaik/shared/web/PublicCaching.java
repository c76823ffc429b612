package de.mosaik.shared.web;

import de.mosaik.shared.i18n.UiLanguage;
import de.mosaik.shared.i18n.UiLanguageResolver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.util.DigestUtils;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * HTTP caching of public content ({@link PublicContent}): a short {@code Cache-Control: public, max-age=60},
 * so that a crowd following one link costs one rendering a minute, and an {@code ETag} from the rendered
 * answer, so that a reader asking again gets {@code 304 Not Modified} while nothing changed. The ETag is
 * taken from the answer rather than {@code updated_at}: a start page mixes news, offers, events and seats,
 * and a place page says whether it is open now, so no single row's change time describes it.
 *
 * <p>Everything else keeps Spring Security's {@code no-store}, and so does public content asked for with a
 * session (a signed-in staff member, a flash message after a form): such an answer may carry what belongs to
 * that session. Without {@code ?lang=} the answer depends on the language cookie and the browser's
 * languages, which {@code Vary} says; with a valid one the address alone decides.
 */
public final class PublicCaching {

    static final String ATTRIBUTE = PublicCaching.class.getName();

    static final Duration MAX_AGE = Duration.ofSeconds(60);

    private PublicCaching() {}

    /**
     * Sets the caching headers of a public answer with {@code body} when it may be cached, and tells whether
     * the reader's copy is current: then the caller answers 304 (already set) without a body.
     */
    public static boolean notModified(HttpServletRequest request, HttpServletResponse response, byte[] body) {
        if (!cacheable(request, response)) {
            return false;
        }
        response.setHeader(
                HttpHeaders.CACHE_CONTROL,
                CacheControl.maxAge(MAX_AGE).cachePublic().getHeaderValue());
        var lang = request.getParameter(UiLanguageResolver.PARAMETER);
        if (lang == null || UiLanguage.fromCode(lang).isEmpty()) {
            response.addHeader(HttpHeaders.VARY, "Accept-Language, Cookie");
        }
        var etag = "W/\"" + DigestUtils.md5DigestAsHex(body) + "\"";
        return new ServletWebRequest(request, response).checkNotModified(etag);
    }

    private static boolean cacheable(HttpServletRequest request, HttpServletResponse response) {
        return Boolean.TRUE.equals(request.getAttribute(ATTRIBUTE))
                && "GET".equals(request.getMethod())
                && response.getStatus() == HttpServletResponse.SC_OK
                && request.getSession(false) == null
                && request.getUserPrincipal() == null;
    }
}
