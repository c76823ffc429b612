package de.mosaik.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import de.mosaik.IntegrationTest;
import de.mosaik.MockLogin;
import de.mosaik.demo.DemoAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;

/** What a newcomer meets first: a favicon, the way from the login to the demo accounts, a platform area that leads somewhere. */
class FirstMinutesTests extends IntegrationTest {

    @Autowired
    WebApplicationContext context;

    @Test
    void everyPageNamesTheFaviconAndItIsServed() throws Exception {
        var mvc = MockLogin.mvc(context);
        for (var path : new String[] {"/", "/kreis-dueren", "/anmelden"}) {
            assertThat(mvc.perform(get(path)).andReturn().getResponse().getContentAsString())
                    .as(path)
                    .containsPattern(
                            "<link rel=\"icon\" href=\"/icons/favicon[^\"]*\\.svg\" type=\"image/svg\\+xml\">");
        }
        var icon = mvc.perform(get("/icons/favicon.svg")).andReturn().getResponse();
        assertThat(icon.getStatus()).isEqualTo(200);
        assertThat(icon.getContentType()).startsWith("image/svg+xml");
        assertThat(icon.getContentAsString()).contains("<svg");
    }

    @Test
    void theLoginPageLinksToTheDemoAccounts() throws Exception {
        var mvc = MockLogin.mvc(context);
        var login = mvc.perform(get("/anmelden")).andReturn().getResponse().getContentAsString();
        assertThat(login).contains("href=\"/#demo\"", "Zu den Demo-Konten");
        var start = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
        assertThat(start).contains("id=\"demo\"", DemoAccounts.PLATFORM_ADMIN);
    }

    @Test
    void thePlatformAreaStartsWithItsTenants() throws Exception {
        var mvc = MockLogin.mvc(context);
        var anonymous = mvc.perform(get("/plattform")).andReturn().getResponse();
        assertThat(anonymous.getStatus()).isEqualTo(302);
        assertThat(anonymous.getRedirectedUrl()).endsWith("/anmelden");

        var admin = MockLogin.login(mvc, DemoAccounts.PLATFORM_ADMIN, DemoAccounts.PASSWORD);
        var response = mvc.perform(get("/plattform").session(admin)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).isEqualTo("/plattform/mandanten");
        assertThat(mvc.perform(get("/plattform/mandanten").session(admin))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }
}
