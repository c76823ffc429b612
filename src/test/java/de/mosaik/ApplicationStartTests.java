package de.mosaik;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.demo.DemoAccounts;
import org.junit.jupiter.api.Test;

class ApplicationStartTests extends IntegrationTest {

    @Test
    void startsWithMigrationsAndDemoData() {
        var tenants = jdbc.sql("select slug from identity.tenant order by slug")
                .query(String.class)
                .list();
        assertThat(tenants).containsExactly("kreis-dueren", "kreis-recklinghausen", "stadt-duisburg");
        // Other tests invite accounts into the shared database; only the demo logins are counted.
        var demoLogins = new java.util.ArrayList<String>();
        demoLogins.add(DemoAccounts.PLATFORM_ADMIN);
        tenants.forEach(slug -> DemoAccounts.forTenant(slug).forEach(login -> demoLogins.add(login.email())));
        var accounts = jdbc.sql("select count(*) from identity.account where email in (:emails)")
                .param("emails", demoLogins)
                .query(Integer.class)
                .single();
        assertThat(accounts).isEqualTo(10);
    }
}
