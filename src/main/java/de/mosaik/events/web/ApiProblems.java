package de.mosaik.events.web;

import de.mosaik.events.domain.CatalogueParameters;
import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;

/**
 * Errors of the public API as RFC 9457 problem documents in the caller's language, never with
 * technical details: a website developer learns what was wrong, an attacker learns nothing.
 */
@RestControllerAdvice(assignableTypes = ApiEventsController.class)
class ApiProblems {

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(CatalogueParameters.InvalidParameter.class)
    ResponseEntity<ProblemDetail> invalidParameter(CatalogueParameters.InvalidParameter e, Locale locale) {
        var problem = problem(HttpStatus.BAD_REQUEST, "invalid-parameter", locale, e.parameter());
        problem.setProperty("parameter", e.parameter());
        return respond(problem);
    }

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<ProblemDetail> status(ResponseStatusException e, Locale locale) {
        var status = HttpStatus.resolve(e.getStatusCode().value());
        if (status == HttpStatus.NOT_FOUND) {
            return respond(problem(HttpStatus.NOT_FOUND, "not-found", locale));
        }
        return respond(ProblemDetail.forStatus(e.getStatusCode()));
    }

    private ProblemDetail problem(HttpStatus status, String kind, Locale locale, Object... args) {
        var problem = ProblemDetail.forStatusAndDetail(
                status, messages.getMessage("catalogue.api.problem." + kind + ".detail", args, locale));
        problem.setTitle(messages.getMessage("catalogue.api.problem." + kind + ".title", null, locale));
        problem.setType(URI.create("about:blank"));
        return problem;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
