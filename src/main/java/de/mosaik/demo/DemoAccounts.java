package de.mosaik.demo;

import de.mosaik.identity.Role;
import java.util.List;

/** The demo logins, shown in the log and on the start page in demo mode. */
public final class DemoAccounts {

    /** Only for demo installations on an embedded database; never used when demo mode is off. */
    public static final String PASSWORD = "Mosaik-Demo-2026";

    public static final String PLATFORM_ADMIN = "plattform@mosaik.demo";

    /** Coordinates the Qualitätszirkel for Stuttgart, which runs no tenant: an external account. */
    public static final String NETWORK_COORDINATOR = "koordination@stuttgart.demo";

    /** Delegate of München in the Qualitätszirkel: an external account that opens only its networks. */
    public static final String NETWORK_DELEGATE = "delegiert@muenchen.demo";

    public record DemoLogin(String email, Role role, String tenantSlug) {}

    public static List<DemoLogin> forTenant(String slug) {
        return List.of(
                new DemoLogin("leitung@" + slug + ".demo", Role.TENANT_ADMIN, slug),
                new DemoLogin("team@" + slug + ".demo", Role.STAFF, slug),
                new DemoLogin("referentin@" + slug + ".demo", Role.TRAINER, slug));
    }

    private DemoAccounts() {}
}
