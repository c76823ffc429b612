package de.mosaik.shared.web;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The address under which users reach Mosaik, for links in mails ({@code mosaik.base-url}).
 * Read on each use because in tests the port is known only after start.
 */
@Component
public class BaseUrl {

    private final Environment environment;

    BaseUrl(Environment environment) {
        this.environment = environment;
    }

    public String link(String path) {
        var configured = environment.getProperty("mosaik.base-url");
        var base = configured != null && !configured.isBlank()
                ? configured
                : "http://localhost:"
                        + environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return base.replaceAll("/+$", "") + path;
    }
}
