package de.mosaik.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An upload over the servlet container's multipart limit cannot be read at all, not even its CSRF token:
 * left alone, it ends as an exception logged at ERROR and a bare error page. This filter reads the parts
 * first, before the security filters, and answers such an upload by sending the browser back to the page
 * it came from with {@code datei=zu-gross}, which that page turns into a message in the user's language.
 * Each module registers one instance for its upload paths with {@link #register}.
 */
public final class OversizedUploadFilter extends OncePerRequestFilter {

    /** The query the upload page reads: {@code datei=zu-gross} says that the last upload was too large. */
    public static final String PARAMETER = "datei";

    public static final String TOO_LARGE = "zu-gross";

    private final Pattern uploads;

    private OversizedUploadFilter(Pattern uploads) {
        this.uploads = uploads;
    }

    /**
     * The filter for the POST paths matching {@code uploads}, registered on the servlet URL pattern
     * {@code urlPattern} (e.g. {@code /verwaltung/*}).
     */
    public static FilterRegistrationBean<OncePerRequestFilter> register(String urlPattern, Pattern uploads) {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OversizedUploadFilter(uploads));
        registration.addUrlPatterns(urlPattern);
        // Before Spring Security (-100), whose CSRF check is the first to read a parameter.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var type = request.getContentType();
        return !"POST".equals(request.getMethod())
                || type == null
                || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")
                || !uploads.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParts();
        } catch (IllegalStateException | ServletException | IOException e) {
            if (tooLarge(e)) {
                response.sendRedirect(request.getRequestURI() + "?" + PARAMETER + "=" + TOO_LARGE);
                return;
            }
            // Other broken bodies go on, to be answered as bad requests where they are read.
        }
        chain.doFilter(request, response);
    }

    /** Tomcat names the limit it hit in the exception's class ({@code FileSizeLimitExceededException} …). */
    private static boolean tooLarge(Throwable e) {
        for (var cause = e; cause != null; cause = cause.getCause()) {
            var name = cause.getClass().getSimpleName();
            if (name.contains("SizeLimitExceeded") || name.contains("SizeException")) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
