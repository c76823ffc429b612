package de.mosaik.practice.web;

import de.mosaik.shared.web.ApiLanguage;
import jakarta.servlet.http.HttpServletRequest;
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
 * Errors of the practice library API as RFC 9457 problem documents in the caller's language (English unless
 * {@code Accept-Language} asks for another), as the portal API gives them.
 */
@RestControllerAdvice(assignableTypes = ApiPracticeController.class)
class ApiPracticeProblems {

    private final MessageSource messages;

    ApiPracticeProblems(MessageSource messages) {
        this.messages = messages;
    }

    /** A parameter the API cannot use; the problem names it. */
    static final class InvalidParameter extends RuntimeException {

        private final String parameter;

        InvalidParameter(String parameter) {
            super("invalid parameter " + parameter, null, false, false);
            this.parameter = parameter;
        }

        String parameter() {
            return parameter;
        }
    }

    @ExceptionHandler(InvalidParameter.class)
    ResponseEntity<ProblemDetail> invalidParameter(InvalidParameter e, HttpServletRequest request) {
        var problem = problem(HttpStatus.BAD_REQUEST, "invalid-parameter", ApiLanguage.of(request), e.parameter());
        problem.setProperty("parameter", e.parameter());
        return respond(problem);
    }

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<ProblemDetail> status(ResponseStatusException e, HttpServletRequest request) {
        if (e.getStatusCode().value() == HttpStatus.NOT_FOUND.value()) {
            return respond(problem(HttpStatus.NOT_FOUND, "not-found", ApiLanguage.of(request)));
        }
        return respond(ProblemDetail.forStatus(e.getStatusCode()));
    }

    private ProblemDetail problem(HttpStatus status, String kind, Locale locale, Object... args) {
        var problem = ProblemDetail.forStatusAndDetail(
                status, messages.getMessage("practice.api.problem." + kind + ".detail", args, locale));
        problem.setTitle(messages.getMessage("practice.api.problem." + kind + ".title", null, locale));
        problem.setType(URI.create("about:blank"));
        return problem;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
