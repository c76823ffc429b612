package de.mosaik.portal.web;

import de.mosaik.shared.web.ApiProblemAdvice;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Errors of the portal API as problem documents in the caller's language, as the events API gives them. */
@RestControllerAdvice(assignableTypes = ApiPortalController.class)
class ApiPortalProblems extends ApiProblemAdvice {

    ApiPortalProblems(MessageSource messages) {
        super(messages, "portal.api.problem.");
    }
}
