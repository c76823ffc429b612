package de.mosaik.events.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/**
 * The OpenAPI document of the public API at {@code /api/v1/openapi.json}. Only {@code /api/**} is
 * documented: the back office and the public pages are no interface for other programs.
 */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:events/api-documentation.properties")
class ApiDocumentation {

    @Bean
    OpenAPI mosaikApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Mosaik public API")
                        .version("v1")
                        .description("""
                                Published trainings, Fachtage and other events of the municipal integration \
                                centres (Kommunale Integrationszentren) on this Mosaik installation, for \
                                municipal websites that show the programme in their own design, and the \
                                published content of their portals (pages, offers, places, contacts, news) in \
                                each language, German where a text is not translated. \
                                Reading needs no key. Browsers may call the API from the origins a tenant's \
                                administrator allowed under Verwaltung → Schnittstelle (CORS). Times are \
                                ISO 8601 with the offset of Europe/Berlin. Errors are RFC 9457 problem documents.""")
                        .license(new License().name("EUPL-1.2")));
    }
}
