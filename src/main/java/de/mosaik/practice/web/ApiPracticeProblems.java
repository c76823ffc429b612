package de.mosaik.practice.web;

import de.mosaik.shared.web.ApiProblemAdvice;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Errors of the practice library API as problem documents in the caller's language, as the portal API gives them. */
@RestControllerAdvice(assignableTypes = ApiPracticeController.class)
class ApiPracticeProblems extends ApiProblemAdvice {

    ApiPracticeProblems(MessageSource messages) {
        super(messages, "practice.api.problem.");
    }
}
