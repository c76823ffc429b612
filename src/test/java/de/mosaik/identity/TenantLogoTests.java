package de.mosaik.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.mosaik.IntegrationTest;
import de.mosaik.MockLogin;
import de.mosaik.demo.DemoAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.web.context.WebApplicationContext;

class TenantLogoTests extends IntegrationTest {

    private static final byte[] PNG = {
        (byte) 0x89,
        'P',
        'N',
        'G',
        '\r',
        '\n',
        0x1A,
        '\n',
        0,
        0,
        0,
        13,
        'I',
        'H',
        'D',
        'R',
        0,
        0,
        0,
        1,
        0,
        0,
        0,
        1,
        8,
        6,
        0,
        0,
        0
    };

    @Autowired
    WebApplicationContext context;

    @Test
    void anUploadedLogoIsShownOnThePublicPagesAndCanBeRemoved() throws Exception {
        var mvc = MockLogin.mvc(context);
        var admin = MockLogin.login(mvc, "leitung@kreis-recklinghausen.demo", DemoAccounts.PASSWORD);

        mvc.perform(multipart("/verwaltung/kreis-recklinghausen/einstellungen/logo")
                        .file(new MockMultipartFile("logo", "logo.png", "image/png", PNG))
                        .session(admin)
                        .with(csrf()))
                .andReturn();

        var logo = mvc.perform(get("/kreis-recklinghausen/logo")).andReturn().getResponse();
        assertThat(logo.getStatus()).isEqualTo(200);
        assertThat(logo.getContentType()).isEqualTo("image/png");
        assertThat(logo.getContentAsByteArray()).isEqualTo(PNG);
        assertThat(mvc.perform(get("/kreis-recklinghausen"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("src=\"/kreis-recklinghausen/logo\"", "alt=\"Logo: Kreis Recklinghausen\"");

        mvc.perform(post("/verwaltung/kreis-recklinghausen/einstellungen/logo/entfernen")
                        .session(admin)
                        .with(csrf()))
                .andReturn();
        assertThat(mvc.perform(get("/kreis-recklinghausen/logo"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void aFileThatIsNotTheImageItClaimsIsRefused() throws Exception {
        var mvc = MockLogin.mvc(context);
        var admin = MockLogin.login(mvc, "leitung@kreis-recklinghausen.demo", DemoAccounts.PASSWORD);

        var response = mvc.perform(multipart("/verwaltung/kreis-recklinghausen/einstellungen/logo")
                        .file(new MockMultipartFile(
                                "logo", "logo.png", "image/png", "<svg onload=alert(1)>".getBytes()))
                        .session(admin)
                        .with(csrf()))
                .andReturn();

        assertThat(response.getFlashMap().get("notice")).isEqualTo("identity.settings.logo.invalid");
        assertThat(mvc.perform(get("/kreis-recklinghausen/logo"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }
}
