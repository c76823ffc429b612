package de.mosaik;

import de.mosaik.identity.IdentitySetup;
import de.mosaik.identity.NewTenant;
import de.mosaik.identity.Role;
import de.mosaik.identity.TenantDetails;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tenants and accounts of one test, created through the identity module's API, so tests never
 * change the demo accounts others log in with. Test tenants are switched off, which keeps them off
 * the public pages.
 */
public final class Fixtures {

    /** Satisfies the password policy. */
    public static final String PASSWORD = "Ein langer Testsatz 2026";

    private final JdbcClient jdbc;
    private final IdentitySetup identity;

    public Fixtures(JdbcClient jdbc, IdentitySetup identity) {
        this.jdbc = jdbc;
        this.identity = identity;
    }

    public record TestTenant(UUID id, String slug) {

        public String path(String rest) {
            return "/verwaltung/" + slug + rest;
        }
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public TestTenant newTenant() {
        var slug = unique("test");
        var id = identity.createTenant(
                new NewTenant(slug, "Testkreis " + slug, TenantDetails.named("Integrationszentrum " + slug)));
        jdbc.sql("update identity.tenant set active = false where id = ?")
                .param(id)
                .update();
        return new TestTenant(id, slug);
    }

    /** Creates an active account with {@link #PASSWORD} and returns its e-mail address. */
    public String newAccount(TestTenant tenant, Role role) {
        var email = unique(role.name().toLowerCase().replace('_', '-')) + "@" + tenant.slug() + ".example";
        identity.createAccount(tenant.id(), email, "Testperson " + role, role, PASSWORD);
        return email;
    }

    public UUID tenantId(String slug) {
        return jdbc.sql("select id from identity.tenant where slug = ?")
                .param(slug)
                .query(UUID.class)
                .single();
    }

    public UUID accountId(String email) {
        return jdbc.sql("select id from identity.account where lower(email) = lower(?)")
                .param(email)
                .query(UUID.class)
                .single();
    }

    public int accountVersion(UUID accountId) {
        return jdbc.sql("select version from identity.account where id = ?")
                .param(accountId)
                .query(Integer.class)
                .single();
    }

    public int tenantVersion(UUID tenantId) {
        return jdbc.sql("select version from identity.tenant where id = ?")
                .param(tenantId)
                .query(Integer.class)
                .single();
    }

    /** A confirmed registration of "Erika Muster", written directly, for tests that need a participant. */
    public UUID confirmedRegistration(TestTenant tenant, UUID event, String email) {
        var registration = UUID.randomUUID();
        jdbc.sql("""
                        insert into registration.registration (id, tenant_id, event_id, status, given_name, family_name,
                            email, email_normalized, institution, consent_text, consent_version, consented_at, source,
                            idempotency_key, manage_token, email_confirmed)
                        values (?, ?, ?, 'CONFIRMED', 'Erika', 'Muster', ?, ?, '', 'Einwilligung', 1, now(), 'STAFF',
                            ?, ?, true)
                        """)
                .params(
                        registration,
                        tenant.id(),
                        event,
                        email,
                        email.toLowerCase(java.util.Locale.ROOT),
                        UUID.randomUUID().toString(),
                        UUID.randomUUID().toString())
                .update();
        return registration;
    }
}
