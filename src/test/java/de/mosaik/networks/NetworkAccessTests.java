package de.mosaik.networks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import de.mosaik.IntegrationTest;
import de.mosaik.MockLogin;
import de.mosaik.demo.DemoAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/** Only the people who take part in a network open its members' area; a tenant role alone opens nothing. */
class NetworkAccessTests extends IntegrationTest {

    private static final String CIRCLE = "/netzwerke/qualitaetszirkel";
    private static final String COUNTY = "/netzwerke/netzwerk-kreis-recklinghausen";

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockLogin.mvc(context);
    }

    @Test
    void theCoordinationAndTheDelegatesOpenTheirNetwork() throws Exception {
        for (var person :
                new String[] {DemoAccounts.NETWORK_COORDINATOR, DemoAccounts.NETWORK_DELEGATE, "team@kreis-dueren.demo"
                }) {
            var page =
                    mvc.perform(get(CIRCLE).session(login(person))).andReturn().getResponse();
            assertThat(page.getStatus()).as(person).isEqualTo(200);
            assertThat(page.getContentAsString()).contains("Kommunaler Qualitätszirkel zur Integrationspolitik");
        }
    }

    @Test
    void othersGetNothing() throws Exception {
        // A public network is known to exist, so the answer is 403; a members-only one is not told: 404.
        assertThat(status(CIRCLE, login("leitung@kreis-dueren.demo"))).isEqualTo(403);
        assertThat(status(COUNTY, login(DemoAccounts.NETWORK_COORDINATOR))).isEqualTo(404);
        assertThat(status(COUNTY, login(DemoAccounts.PLATFORM_ADMIN))).isEqualTo(404);
        assertThat(status("/netzwerke/gibt-es-nicht", login(DemoAccounts.NETWORK_DELEGATE)))
                .isEqualTo(404);
    }

    @Test
    void anonymousVisitorsAreSentToTheLogin() throws Exception {
        var response = mvc.perform(get(CIRCLE)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).endsWith("/anmelden");
    }

    private int status(String path, MockHttpSession session) throws Exception {
        return mvc.perform(get(path).session(session)).andReturn().getResponse().getStatus();
    }

    private MockHttpSession login(String email) {
        return MockLogin.login(mvc, email, DemoAccounts.PASSWORD);
    }
}
