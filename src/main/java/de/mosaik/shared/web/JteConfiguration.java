package de.mosaik.shared.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import gg.jte.resolve.DirectoryCodeResolver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * Renders views with jte. Templates are precompiled by the build; with
 * {@code mosaik.jte.development=true} they are compiled from {@code src/main/jte} on change instead.
 */
@Configuration(proxyBeanMethods = false)
class JteConfiguration {

    @Bean
    TemplateEngine templateEngine(@Value("${mosaik.jte.development:false}") boolean development) {
        if (development) {
            return TemplateEngine.create(new DirectoryCodeResolver(Path.of("src/main/jte")), ContentType.Html);
        }
        return TemplateEngine.createPrecompiled(ContentType.Html);
    }

    @Bean
    ViewResolver jteViewResolver(TemplateEngine engine) {
        return new JteViewResolver(engine);
    }

    static final class JteViewResolver implements ViewResolver, Ordered {
        private final TemplateEngine engine;

        JteViewResolver(TemplateEngine engine) {
            this.engine = engine;
        }

        @Override
        public View resolveViewName(String viewName, Locale locale) {
            var template = viewName + ".jte";
            return engine.hasTemplate(template) ? new JteView(engine, template) : null;
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE + 10;
        }
    }

    record JteView(TemplateEngine engine, String template) implements View {
        @Override
        public String getContentType() {
            return "text/html;charset=UTF-8";
        }

        @Override
        public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                throws Exception {
            var output = new Utf8ByteOutput();
            @SuppressWarnings("unchecked")
            var params = (Map<String, Object>) model;
            engine.render(template, params, output);
            response.setContentType(getContentType());
            // One array, written at once: the rendered page is thousands of small chunks, and each write to
            // the response passes the wrappers of the filter chain.
            var body = new ByteArrayOutputStream(output.getContentLength());
            output.writeTo(body);
            var bytes = body.toByteArray();
            if (Boolean.TRUE.equals(request.getAttribute(PublicCaching.ATTRIBUTE))
                    && PublicCaching.notModified(request, response, bytes)) {
                return;
            }
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
        }
    }
}
