package de.mosaik.shared.web;

import de.mosaik.shared.i18n.UiLanguage;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.util.HtmlUtils;

/**
 * Errors Tomcat answers itself, before the application sees the request (a malformed request
 * line, a header or body over the limits), get a short page in the visitor's language with the
 * same security headers as every other page, instead of Tomcat's own English report.
 */
@Configuration(proxyBeanMethods = false)
class TomcatErrorPages {

    // After Spring Boot's own customizer, whose plain report valve this one replaces.
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> localizedErrorReports(MessageSource messages) {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                for (var valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.getPipeline().addValve(new LocalizedErrorReport(messages));
                host.setErrorReportValveClass(LocalizedErrorReport.class.getName());
            }
        });
    }

    static final class LocalizedErrorReport extends ErrorReportValve {

        private final MessageSource messages;

        LocalizedErrorReport(MessageSource messages) {
            this.messages = messages;
            setShowReport(false);
            setShowServerInfo(false);
        }

        /** Tomcat creates the valve itself only when the customizer did not run; then texts stay German. */
        public LocalizedErrorReport() {
            this(null);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || messages == null) {
                if (messages == null) {
                    super.report(request, response, throwable);
                }
                return;
            }
            var ioAllowed = new AtomicBoolean(false);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get()) {
                return;
            }
            var language = language(request.getHeader("Accept-Language"));
            var locale = language.locale();
            var kind = status == 429
                    ? "too-many"
                    : status == 413
                            ? "too-large"
                            : status == 503 ? "unavailable" : status >= 500 ? "server" : "bad-request";
            var title = text("shared.error." + kind + ".title", locale);
            var body = text("shared.error." + kind + ".text", locale);
            var code = messages.getMessage("shared.error.code", new Object[] {status}, locale);
            var html = "<!DOCTYPE html><html lang=\"" + language.htmlLang() + "\" dir=\""
                    + (language.rightToLeft() ? "rtl" : "ltr")
                    + "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">"
                    + "<title>" + escape(title) + "</title></head><body><main><h1>" + escape(title) + "</h1><p>"
                    + escape(body) + "</p><p>" + escape(code) + "</p><p><a href=\"/\">"
                    + escape(text("shared.error.home", locale)) + "</a></p></main></body></html>";
            try {
                response.setContentType("text/html");
                response.setCharacterEncoding("utf-8");
                response.setHeader("Content-Language", language.htmlLang());
                BareAnswerHeaders.write(response);
                var writer = response.getReporter();
                if (writer != null) {
                    writer.write(html);
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // The connection is gone or the answer already started: nothing more to say.
            }
        }

        private String text(String key, Locale locale) {
            return messages.getMessage(key, null, key, locale);
        }

        private static String escape(String text) {
            return HtmlUtils.htmlEscape(text, "UTF-8");
        }

        static UiLanguage language(String header) {
            if (header != null && !header.isBlank()) {
                try {
                    for (var range : Locale.LanguageRange.parse(header)) {
                        var wanted = Locale.forLanguageTag(range.getRange()).getLanguage();
                        for (var candidate : UiLanguage.values()) {
                            if (candidate != UiLanguage.EINFACH
                                    && candidate.locale().getLanguage().equals(wanted)) {
                                return candidate;
                            }
                        }
                    }
                } catch (IllegalArgumentException e) {
                    // An unreadable header gets the default.
                }
            }
            return UiLanguage.DE;
        }
    }
}
