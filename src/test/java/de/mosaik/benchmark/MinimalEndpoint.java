package de.mosaik.benchmark;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import gg.jte.resolve.ResourceCodeResolver;
import java.util.Map;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The baseline of the catalogue benchmark: the same stack (Spring MVC, security filters, JDBC
 * pool, PostgreSQL, jte) doing the least a page can do — read one row, render a tiny template.
 */
@TestConfiguration
class MinimalEndpoint {

    /** Registered as a member of this configuration, so only where the benchmark imports it. */
    @RestController
    static class MinimalController {

        private final JdbcClient jdbc;
        private final TemplateEngine templates =
                TemplateEngine.create(new ResourceCodeResolver("benchmark"), ContentType.Html);

        MinimalController(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @GetMapping("/benchmark/minimal/{slug}")
        ResponseEntity<String> minimal(@PathVariable String slug) {
            var name = jdbc.sql("select name from identity.tenant where slug = ?")
                    .param(slug)
                    .query(String.class)
                    .single();
            var output = new StringOutput();
            templates.render("minimal.jte", Map.of("name", name), output);
            return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(output.toString());
        }
    }
}
