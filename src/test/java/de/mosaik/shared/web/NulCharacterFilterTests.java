package de.mosaik.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.IntegrationTest;
import de.mosaik.WebSession;
import de.mosaik.demo.DemoAccounts;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A NUL character, which PostgreSQL cannot store, is refused before it reaches any form. */
class NulCharacterFilterTests extends IntegrationTest {

    @Test
    void aFormValueWithNulIsRefusedAndNothingIsStored() {
        var staff = new WebSession(port);
        staff.login("team@kreis-recklinghausen.demo", DemoAccounts.PASSWORD);
        staff.get("/verwaltung/kreis-recklinghausen/orte/neu");
        var page = staff.post("/verwaltung/kreis-recklinghausen/orte/neu", Map.of("name", "Saal\0 Nord"));
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).doesNotContain("Exception");
        assertThat(jdbc.sql("select count(*) from events.venue where name like 'Saal%Nord'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aLoginWithNulIsRefusedBeforeTheThrottleReadsTheAddress() {
        var visitor = new WebSession(port);
        visitor.get("/anmelden");
        var page = visitor.post("/anmelden", Map.of("email", "team\0@kreis-recklinghausen.demo", "password", "x"));
        assertThat(page.status()).isEqualTo(400);
    }

    @Test
    void aQueryStringWithNulIsRefused() {
        assertThat(new WebSession(port).get("/kreis-recklinghausen?lang=%00").status())
                .isEqualTo(400);
    }
}
