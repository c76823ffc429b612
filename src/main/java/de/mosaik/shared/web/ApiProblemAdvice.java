package de.mosaik.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;

/**
 * Errors of a read-only public API as RFC 9457 problem documents in the caller's language (English unless
 * {@code Accept-Language} asks for another): what was wrong, no technical details. A module's API extends it
 * as a {@code @RestControllerAdvice} for its controller; the texts are its messages
 * {@code <stem>invalid-parameter.title/detail} and {@code <stem>not-found.title/detail}.
 */
public abstract class ApiProblemAdvice {

    private final MessageSource messages;
    private final String stem;

    /** {@code stem}: the start of the message keys, ending in a dot (e.g. {@code portal.api.problem.}). */
    protected ApiProblemAdvice(MessageSource messages, String stem) {
        this.messages = messages;
        this.stem = stem;
    }

    @ExceptionHandler(InvalidApiParameter.class)
    protected ResponseEntity<ProblemDetail> invalidParameter(InvalidApiParameter e, HttpServletRequest request) {
        var problem = problem(HttpStatus.BAD_REQUEST, "invalid-parameter", ApiLanguage.of(request), e.parameter());
        problem.setProperty("parameter", e.parameter());
        return respond(problem);
    }

    @ExceptionHandler(ResponseStatusException.class)
    protected ResponseEntity<ProblemDetail> status(ResponseStatusException e, HttpServletRequest request) {
        if (e.getStatusCode().value() == HttpStatus.NOT_FOUND.value()) {
            return respond(problem(HttpStatus.NOT_FOUND, "not-found", ApiLanguage.of(request)));
        }
        return respond(ProblemDetail.forStatus(e.getStatusCode()));
    }

    private ProblemDetail problem(HttpStatus status, String kind, Locale locale, Object... args) {
        var problem =
                ProblemDetail.forStatusAndDetail(status, messages.getMessage(stem + kind + ".detail", args, locale));
        problem.setTitle(messages.getMessage(stem + kind + ".title", null, locale));
        problem.setType(URI.create("about:blank"));
        return problem;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
