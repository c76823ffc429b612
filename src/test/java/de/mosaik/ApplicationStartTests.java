package de.mosaik;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.demo.DemoAccounts;
import org.junit.jupiter.api.Test;

class ApplicationStartTests extends IntegrationTest {

    @Test
    void startsWithMigrationsAndDemoData() {
        // Other tests add their own tenants and accounts to the shared database, so only the demo ones are counted.
        var tenants = jdbc.sql("select slug from identity.tenant where slug not like 'test-%' order by slug")
                .query(String.class)
                .list();
        assertThat(tenants).containsExactly("kreis-dueren", "kreis-recklinghausen", "stadt-duisburg");
        var demoAccounts = jdbc.sql("select count(*) from identity.account where email like '%.demo'")
                .query(Integer.class)
                .single();
        // three per tenant, the platform administration, and the coordination and a delegate of the Qualitätszirkel
        assertThat(demoAccounts).isEqualTo(12);
        assertThat(jdbc.sql("select role from identity.account where email = ?")
                        .param(DemoAccounts.PLATFORM_ADMIN)
                        .query(String.class)
                        .single())
                .isEqualTo("PLATFORM_ADMIN");
    }
}
