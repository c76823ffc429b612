package de.mosaik.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/** Error pages in the user's language, without technical details. */
@Component
class ErrorPages implements ErrorViewResolver {

    private final PageContextFactory pages;

    ErrorPages(PageContextFactory pages) {
        this.pages = pages;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        var kind = switch (status) {
            case NOT_FOUND -> "not-found";
            case FORBIDDEN -> "forbidden";
            case BAD_REQUEST,
                    METHOD_NOT_ALLOWED,
                    UNSUPPORTED_MEDIA_TYPE,
                    CONTENT_TOO_LARGE,
                    URI_TOO_LONG,
                    REQUEST_HEADER_FIELDS_TOO_LARGE,
                    UNPROCESSABLE_CONTENT -> "bad-request";
            case TOO_MANY_REQUESTS -> "too-many";
            case SERVICE_UNAVAILABLE -> "unavailable";
            default -> "server";
        };
        var view = new ModelAndView("shared/error", status);
        view.addObject("ctx", pages.create(request));
        view.addObject("kind", kind);
        view.addObject("status", status.value());
        return view;
    }
}
