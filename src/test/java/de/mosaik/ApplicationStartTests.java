package de.mosaik;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApplicationStartTests extends IntegrationTest {

    @Test
    void startsWithMigrationsAndDemoData() {
        var tenants = jdbc.sql("select slug from identity.tenant order by slug")
                .query(String.class)
                .list();
        assertThat(tenants).containsExactly("kreis-dueren", "kreis-recklinghausen", "stadt-duisburg");
        var accounts = jdbc.sql("select count(*) from identity.account")
                .query(Integer.class)
                .single();
        assertThat(accounts).isEqualTo(10);
    }
}
