package de.mosaik.portal.web;

import de.mosaik.shared.web.ApiProblemDocs;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The problem documents of the portal API in its OpenAPI description. */
@Configuration(proxyBeanMethods = false)
class ApiPortalDocumentation {

    @Bean
    OperationCustomizer portalApiProblems() {
        return ApiProblemDocs.forController(
                ApiPortalController.class,
                "No such tenant, or no such content that is public today (drafts, scheduled pages and expired news "
                        + "are not)",
                "This tenant or this content does not exist or is not public.");
    }
}
