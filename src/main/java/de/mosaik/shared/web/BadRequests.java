package de.mosaik.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;

/**
 * Requests that cannot be read the way the route expects are the sender's mistake, answered with
 * the "request not possible" page (400) instead of a server error. Spring already answers most such
 * cases so; these are the ones it leaves as 500.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class BadRequests {

    /** A form post that is not multipart (or a broken one) where a file upload is expected. */
    @ExceptionHandler(MultipartException.class)
    void notMultipart(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }
}
