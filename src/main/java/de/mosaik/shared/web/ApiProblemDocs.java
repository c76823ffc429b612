package de.mosaik.shared.web;

import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Map;
import org.springdoc.core.customizers.OperationCustomizer;

/**
 * The problem documents of a read-only public API ({@link ApiProblemAdvice}) in the OpenAPI description, added
 * after springdoc built each operation (declaring them by annotation would hide the answer springdoc derives
 * from the return type).
 */
public final class ApiProblemDocs {

    static final String PROBLEM = "application/problem+json";

    private ApiProblemDocs() {}

    /**
     * Adds the 400 (a parameter cannot be used) and 404 answers to the operations of {@code controller}; {@code
     * notFound} says when an address is not found, {@code notFoundDetail} is the example's detail.
     */
    public static OperationCustomizer forController(Class<?> controller, String notFound, String notFoundDetail) {
        return (operation, handler) -> {
            if (handler.getBeanType() == controller) {
                operation
                        .getResponses()
                        .addApiResponse(
                                "400",
                                problem(
                                        "A parameter cannot be used; the problem names it in parameter",
                                        Map.of(
                                                "type", "about:blank",
                                                "title", "Invalid parameter",
                                                "status", 400,
                                                "detail", "The value of the parameter \"lang\" is invalid.",
                                                "parameter", "lang")))
                        .addApiResponse(
                                "404",
                                problem(
                                        notFound,
                                        Map.of(
                                                "type",
                                                "about:blank",
                                                "title",
                                                "Not found",
                                                "status",
                                                404,
                                                "detail",
                                                notFoundDetail)));
            }
            return operation;
        };
    }

    private static ApiResponse problem(String description, Map<String, Object> example) {
        var schema = new ObjectSchema()
                .description("RFC 9457 problem document, in the language of Accept-Language (English by default)")
                .addProperty("type", new StringSchema())
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("parameter", new StringSchema().description("The parameter that cannot be used (400)"));
        return new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                PROBLEM,
                                new MediaType().schema(schema).addExamples("problem", new Example().value(example))));
    }
}
