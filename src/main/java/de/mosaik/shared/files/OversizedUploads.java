package de.mosaik.shared.files;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An upload over the servlet container's multipart limit cannot be read at all, not even its CSRF token:
 * left alone, it ends as an exception and a bare error page. This filter reads the parts of the upload
 * forms the modules name ({@link UploadForms}) first, before the security filters, and sends such an upload
 * back to the form's page with {@code datei=zu-gross}, where the page says in the user's language that the
 * file is too large.
 */
@Configuration(proxyBeanMethods = false)
public class OversizedUploads {

    /** The query the form pages read: {@code datei=zu-gross} says that the last upload was too large. */
    public static final String PARAMETER = "datei";

    public static final String TOO_LARGE = "zu-gross";

    /** The addresses a module takes uploads at (POST, multipart), as patterns of the whole request path. */
    @FunctionalInterface
    public interface UploadForms {
        List<Pattern> uploadPaths();
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> uploadSizeLimitFilter(List<UploadForms> forms) {
        var paths = forms.stream().flatMap(f -> f.uploadPaths().stream()).toList();
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new Filter(paths));
        registration.addUrlPatterns("/netzwerke/*", "/verwaltung/*");
        // Before Spring Security (-100), whose CSRF check is the first to read a parameter.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    static final class Filter extends OncePerRequestFilter {

        private final List<Pattern> paths;

        Filter(List<Pattern> paths) {
            this.paths = List.copyOf(paths);
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            var type = request.getContentType();
            var path = request.getRequestURI();
            return !"POST".equals(request.getMethod())
                    || type == null
                    || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")
                    || paths.stream().noneMatch(p -> p.matcher(path).matches());
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
}
