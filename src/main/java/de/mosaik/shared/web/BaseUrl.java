package de.mosaik.shared.web;

import de.mosaik.shared.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The address under which users reach Mosaik, for links in mails ({@code mosaik.base-url}).
 * Read on each use because in tests the port is known only after start.
 */
@Component
public class BaseUrl {

    private static final Logger log = LoggerFactory.getLogger(BaseUrl.class);

    private final Environment environment;
    private final DemoMode demoMode;

    BaseUrl(Environment environment, DemoMode demoMode) {
        this.environment = environment;
        this.demoMode = demoMode;
    }

    /** Links in mails to "localhost" are useless to recipients; say so while it can still be fixed. */
    @EventListener(ApplicationReadyEvent.class)
    void warnWhenUnset() {
        var configured = environment.getProperty("mosaik.base-url");
        if ((configured == null || configured.isBlank()) && !demoMode.enabled()) {
            log.warn("MOSAIK_BASE_URL is not set: links in mails point to {}", link(""));
        }
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
