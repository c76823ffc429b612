package de.mosaik;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of tests that run the whole application: a real embedded PostgreSQL with the demo data, a
 * real SMTP server (GreenMail) and a random HTTP port. All subclasses share one application
 * context, so the database starts once per test JVM: for the fast suite, for the replay of the
 * fuzz seeds and for the browser tests, which run in JVMs of their own. A subclass that adds mocks,
 * properties, profiles or {@code @DirtiesContext} would start another one (CONTRIBUTING.md).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class IntegrationTest {

    /** One SMTP server for the whole run; tests find their mails by recipient. */
    protected static final GreenMail SMTP = startSmtp();

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static GreenMail startSmtp() {
        var greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        Runtime.getRuntime().addShutdownHook(new Thread(greenMail::stop));
        return greenMail;
    }
}
