package de.mosaik.registration.web;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

/** A page that only says something: the event is unknown, registration is closed, too many attempts. */
final class MessagePage {

    static final String VIEW = "registration/visitor/message";

    private MessagePage() {}

    static String show(
            Model model,
            HttpServletResponse response,
            HttpStatus status,
            String titleKey,
            String textKey,
            @Nullable String backHref) {
        response.setStatus(status.value());
        model.addAttribute("titleKey", titleKey);
        model.addAttribute("textKey", textKey);
        model.addAttribute("backHref", backHref);
        if (!model.containsAttribute("branding")) {
            model.addAttribute("branding", null);
        }
        return VIEW;
    }

    static String notFound(Model model, HttpServletResponse response) {
        return show(
                model,
                response,
                HttpStatus.NOT_FOUND,
                "registration.notFound.title",
                "registration.notFound.text",
                null);
    }

    static String closed(Model model, HttpServletResponse response, String eventHref) {
        return show(model, response, HttpStatus.OK, "registration.closed.title", "registration.closed.text", eventHref);
    }

    static String tooMany(Model model, HttpServletResponse response, long retryAfterSeconds) {
        response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
        return show(
                model,
                response,
                HttpStatus.TOO_MANY_REQUESTS,
                "registration.tooMany.title",
                "registration.tooMany.text",
                null);
    }
}
