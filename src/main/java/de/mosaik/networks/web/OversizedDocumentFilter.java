package de.mosaik.networks.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A document upload over the servlet container's multipart limit cannot be read at all, not even its
 * CSRF token. This filter reads the parts first, before the security filters, and sends such an upload
 * back to the documents page, which says in the user's language that the file is too large (as the
 * portal's image library does).
 */
@Configuration(proxyBeanMethods = false)
class OversizedDocumentFilter {

    static final String PARAMETER = "datei";
    static final String TOO_LARGE = "zu-gross";

    private static final Pattern UPLOAD = Pattern.compile("/netzwerke/[a-z0-9-]+/treffen/[0-9a-f-]{36}/dokumente");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> oversizedDocumentUploads() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new Filter());
        registration.addUrlPatterns("/netzwerke/*");
        // Before Spring Security (-100), whose CSRF check is the first to read a parameter.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    static final class Filter extends OncePerRequestFilter {

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            var type = request.getContentType();
            return !"POST".equals(request.getMethod())
                    || type == null
                    || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")
                    || !UPLOAD.matcher(request.getRequestURI()).matches();
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
}
