package de.mosaik.practice.web;

import de.mosaik.shared.web.ApiProblemDocs;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The problem documents of the practice library API in the OpenAPI description. */
@Configuration(proxyBeanMethods = false)
class ApiPracticeDocumentation {

    @Bean
    OperationCustomizer practiceApiProblems() {
        return ApiProblemDocs.forController(
                ApiPracticeController.class,
                "No published practice example has this address (drafts, examples under review and withdrawn ones "
                        + "are not public)",
                "This practice example does not exist or is not public.");
    }
}
