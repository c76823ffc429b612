package de.mosaik.practice.web;

import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Map;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The problem documents of the practice library API in the OpenAPI description, added after springdoc built
 * each operation (declaring them by annotation would hide the answer springdoc derives from the return type).
 */
@Configuration(proxyBeanMethods = false)
class ApiPracticeDocumentation {

    static final String PROBLEM = "application/problem+json";

    @Bean
    OperationCustomizer practiceApiProblems() {
        return (operation, handler) -> {
            if (handler.getBeanType() == ApiPracticeController.class) {
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
                                        "No published practice example has this address (drafts, examples under "
                                                + "review and withdrawn ones are not public)",
                                        Map.of(
                                                "type", "about:blank",
                                                "title", "Not found",
                                                "status", 404,
                                                "detail", "This practice example does not exist or is not public.")));
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
