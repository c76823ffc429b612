package de.mosaik.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.mosaik.IntegrationTest;
import de.mosaik.MockLogin;
import de.mosaik.demo.DemoAccounts;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;

class TenantLogoTests extends IntegrationTest {

    @Autowired
    WebApplicationContext context;

    @Test
    void anUploadedLogoIsShownOnThePublicPagesAndCanBeRemoved() throws Exception {
        var mvc = MockLogin.mvc(context);
        var admin = MockLogin.login(mvc, "leitung@kreis-recklinghausen.demo", DemoAccounts.PASSWORD);

        mvc.perform(multipart("/verwaltung/kreis-recklinghausen/einstellungen/logo")
                        .file(new MockMultipartFile("logo", "logo.png", "image/png", image(300, 120, "png")))
                        .session(admin)
                        .with(csrf()))
                .andReturn();

        var logo = mvc.perform(get("/kreis-recklinghausen/logo")).andReturn().getResponse();
        assertThat(logo.getStatus()).isEqualTo(200);
        assertThat(logo.getContentType()).isEqualTo("image/png");
        var kept = ImageIO.read(new ByteArrayInputStream(logo.getContentAsByteArray()));
        assertThat(kept.getWidth()).isEqualTo(300);
        assertThat(kept.getHeight()).isEqualTo(120);
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

    @Test
    void aHugeImageIsRefusedFromItsHeaderAndALargeOneIsScaledDownToPng() throws Exception {
        var mvc = MockLogin.mvc(context);
        var admin = MockLogin.login(mvc, "leitung@kreis-recklinghausen.demo", DemoAccounts.PASSWORD);
        // 11,000 × 11,000 pixels in a few kilobytes: decoded it would take gigabytes and make every PDF slow.
        var bomb = new BufferedImage(11_000, 11_000, BufferedImage.TYPE_BYTE_BINARY);
        var bombPng = encode(bomb, "png");
        assertThat(bombPng.length).isLessThan(512 * 1024);

        var refused = upload(mvc, admin, new MockMultipartFile("logo", "riesig.png", "image/png", bombPng));
        assertThat(refused.getFlashMap().get("notice")).isEqualTo("identity.settings.logo.tooLarge");
        assertThat(logoStatus(mvc)).isEqualTo(404);

        var text = upload(
                mvc, admin, new MockMultipartFile("logo", "brief.png", "image/png", "Sehr geehrte Damen".getBytes()));
        assertThat(text.getFlashMap().get("notice")).isEqualTo("identity.settings.logo.invalid");
        assertThat(logoStatus(mvc)).isEqualTo(404);

        var large =
                upload(mvc, admin, new MockMultipartFile("logo", "foto.jpg", "image/jpeg", image(2400, 600, "jpg")));
        assertThat(large.getFlashMap().get("notice")).isEqualTo("identity.settings.logo.saved");
        var logo = mvc.perform(get("/kreis-recklinghausen/logo")).andReturn().getResponse();
        assertThat(logo.getContentType()).isEqualTo("image/png");
        var kept = ImageIO.read(new ByteArrayInputStream(logo.getContentAsByteArray()));
        assertThat(kept.getWidth()).isEqualTo(1000);
        assertThat(kept.getHeight()).isEqualTo(250);

        mvc.perform(post("/verwaltung/kreis-recklinghausen/einstellungen/logo/entfernen")
                        .session(admin)
                        .with(csrf()))
                .andReturn();
    }

    @Test
    void aLogoPostWithoutAFileIsABadRequest() throws Exception {
        var mvc = MockLogin.mvc(context);
        var admin = MockLogin.login(mvc, "leitung@kreis-recklinghausen.demo", DemoAccounts.PASSWORD);

        var status = mvc.perform(post("/verwaltung/kreis-recklinghausen/einstellungen/logo")
                        .param("logo", "kein-bild")
                        .session(admin)
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getStatus();

        assertThat(status).isEqualTo(400);
    }

    private static MvcResult upload(MockMvc mvc, MockHttpSession admin, MockMultipartFile file) throws Exception {
        return mvc.perform(multipart("/verwaltung/kreis-recklinghausen/einstellungen/logo")
                        .file(file)
                        .session(admin)
                        .with(csrf()))
                .andReturn();
    }

    private static int logoStatus(MockMvc mvc) throws Exception {
        return mvc.perform(get("/kreis-recklinghausen/logo"))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    /** A real image with some content, as a designer would export it. */
    private static byte[] image(int width, int height, String format) throws IOException {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(new Color(0, 90, 160));
        graphics.fillOval(width / 10, height / 10, width / 2, height / 2);
        graphics.dispose();
        return encode(image, format);
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        var out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).isTrue();
        return out.toByteArray();
    }
}
