package de.mosaik.portal.web.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.mosaik.Fixtures;
import de.mosaik.IntegrationTest;
import de.mosaik.MockLogin;
import de.mosaik.demo.DemoAccounts;
import de.mosaik.portal.PortalImages;
import de.mosaik.shared.translation.ContentLanguage;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

class ImageLibraryTests extends IntegrationTest {

    private static final String SLUG = "kreis-recklinghausen";
    private static final String LIBRARY = "/verwaltung/" + SLUG + "/inhalte/bilder";

    @Autowired
    WebApplicationContext context;

    @Autowired
    PortalImages images;

    @Autowired
    TemplateEngine templates;

    MockMvc mvc;
    MockHttpSession staff;
    UUID tenant;

    @BeforeEach
    void signIn() {
        mvc = MockLogin.mvc(context);
        staff = MockLogin.login(mvc, "team@" + SLUG + ".demo", DemoAccounts.PASSWORD);
        tenant = new Fixtures(jdbc, null).tenantId(SLUG);
    }

    @Test
    void anUploadedImageIsServedScaledWithCacheHeadersOnlyUnderItsTenant() throws Exception {
        var upload = mvc.perform(multipart(LIBRARY)
                        .file(file("foto.jpg", "image/jpeg", picture(2000, 1500, "jpeg")))
                        .param("alt", "Ein Saal mit Stuhlkreis")
                        .param("caption", "Fachtag 2026")
                        .param("credit", "Foto: Anna Muster, CC BY 4.0")
                        .session(staff)
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(upload.getStatus()).isEqualTo(302);
        var id = UUID.fromString(
                upload.getRedirectedUrl().substring(upload.getRedirectedUrl().lastIndexOf('/') + 1));

        var shown = images.published(tenant, SLUG, id, ContentLanguage.GERMAN).orElseThrow();
        assertThat(shown.srcset()).contains(" 480w", " 960w", " 1600w", " 2000w");
        var rendition = mvc.perform(get(shown.src())).andReturn().getResponse();
        assertThat(rendition.getStatus()).isEqualTo(200);
        assertThat(rendition.getContentType()).isEqualTo("image/jpeg");
        assertThat(ImageIO.read(new ByteArrayInputStream(rendition.getContentAsByteArray()))
                        .getWidth())
                .isEqualTo(960);
        assertThat(rendition.getHeader("Cache-Control")).contains("public", "max-age=31536000", "immutable");
        var etag = rendition.getHeader("ETag");
        assertThat(etag).isNotBlank();

        var unhashed = mvc.perform(get("/" + SLUG + "/bilder/" + id + "/480"))
                .andReturn()
                .getResponse();
        assertThat(unhashed.getStatus()).isEqualTo(200);
        assertThat(unhashed.getHeader("Cache-Control")).contains("max-age=3600").doesNotContain("immutable");

        var again = mvc.perform(get(shown.src()).header("If-None-Match", etag))
                .andReturn()
                .getResponse();
        assertThat(again.getStatus()).isEqualTo(304);
        assertThat(again.getContentAsByteArray()).isEmpty();

        assertThat(status("/kreis-dueren/bilder/" + id + "/960")).isEqualTo(404);
        assertThat(status("/" + SLUG + "/bilder/" + id + "/961")).isEqualTo(404);
        assertThat(status("/" + SLUG + "/bilder/kein-bild/960")).isEqualTo(404);
        assertThat(status("/" + SLUG + "/bilder/" + id + "/-1")).isEqualTo(404);
    }

    @Test
    void aMissingAltTextOrAFileThatIsNoImageIsRefusedWithTheFieldNamedAndTheTextsKept() throws Exception {
        var noAlt = mvc.perform(multipart(LIBRARY)
                        .file(file("foto.png", "image/png", picture(300, 200, "png")))
                        .param("alt", "  ")
                        .param("caption", "Meine Bildunterschrift")
                        .param("credit", "Foto: Jonas Becker")
                        .session(staff)
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(noAlt.getStatus()).isEqualTo(200);
        assertThat(noAlt.getContentAsString())
                .contains("Alternativtext: Bitte beschreiben Sie", "href=\"#alt\"")
                .contains("value=\"Meine Bildunterschrift\"", "value=\"Foto: Jonas Becker\"");

        var html = mvc.perform(multipart(LIBRARY)
                        .file(file("foto.png", "image/png", "<html><script>alert(1)</script>".getBytes()))
                        .param("alt", "Ein Bild")
                        .session(staff)
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(html.getStatus()).isEqualTo(200);
        assertThat(html.getContentAsString())
                .contains("Bilddatei: Die Datei ist kein Bild", "href=\"#file\"", "value=\"Ein Bild\"");

        var none = mvc.perform(multipart(LIBRARY)
                        .param("alt", "Ein Bild")
                        .session(staff)
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(none.getContentAsString()).contains("Bilddatei: Bitte wählen Sie eine Datei aus.");
    }

    @Test
    void theSameFileTwiceIsOneImage() throws Exception {
        var bytes = picture(321, 123, "png");
        var first = images.add(tenant, bytes, "Zweimal hochgeladen", "", "").orElseThrow();
        var second = images.add(tenant, bytes, "Zweimal hochgeladen", "", "").orElseThrow();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void anImageInUseCannotBeDeletedUntilReleased() throws Exception {
        var id = images.add(tenant, picture(200, 100, "png"), "Wird verwendet", "", "")
                .orElseThrow();
        var place = UUID.randomUUID();
        assertThat(images.use(tenant, id, "portal.place", place)).isTrue();
        assertThat(images.use(new Fixtures(jdbc, null).tenantId("kreis-dueren"), id, "portal.place", place))
                .as("another tenant's image")
                .isFalse();

        var refused = mvc.perform(
                        post(LIBRARY + "/" + id + "/loeschen").session(staff).with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("kann deshalb nicht gelöscht werden");
        assertThat(images.published(tenant, SLUG, id, ContentLanguage.GERMAN)).isPresent();

        images.release(tenant, id, "portal.place", place);
        var deleted = mvc.perform(
                        post(LIBRARY + "/" + id + "/loeschen").session(staff).with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(deleted.getStatus()).isEqualTo(302);
        assertThat(images.published(tenant, SLUG, id, ContentLanguage.GERMAN)).isEmpty();
        assertThat(status("/" + SLUG + "/bilder/" + id + "/200")).isEqualTo(404);
    }

    @Test
    void aStaleEditIsRefusedWithTheTypingKept() throws Exception {
        var id = images.add(tenant, picture(220, 100, "png"), "Alter Text", "", "")
                .orElseThrow();
        var path = LIBRARY + "/" + id;
        assertThat(mvc.perform(post(path)
                                .param("alt", "Neuer Text")
                                .param("version", "1")
                                .session(staff)
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);

        var stale = mvc.perform(post(path)
                        .param("alt", "Mein anderer Text")
                        .param("version", "1")
                        .session(staff)
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(stale.getStatus()).isEqualTo(200);
        assertThat(stale.getContentAsString())
                .contains("Nicht gespeichert: Jemand anderes", "value=\"Mein anderer Text\"", "value=\"2\"");
    }

    /** The demo's site plan has its alt text in Arabic; the building's is German, marked so. */
    @Test
    void theImageTagShowsTheAltTextInThePageLanguageOrGermanMarkedAsSuch() {
        var dueren = new Fixtures(jdbc, null).tenantId("kreis-dueren");
        var choices = images.choices(dueren, "kreis-dueren");
        assertThat(choices).hasSizeGreaterThanOrEqualTo(2);
        var arabic = new ContentLanguage("ar");
        var shown = images.published(
                dueren, "kreis-dueren", choices.stream().map(c -> c.id()).toList(), arabic);

        var html = new StringBuilder();
        for (var image : shown.values()) {
            var output = new StringOutput();
            templates.render("tag/image.jte", Map.of("image", image), output);
            html.append(output);
        }

        assertThat(html.toString())
                .contains("alt=\"مخطط موقع مبسّط")
                .contains("lang=\"de\"", "alt=\"Zeichnung eines Verwaltungsgebäudes")
                .contains("srcset=\"/kreis-dueren/bilder/", " 480w", "sizes=\"")
                .contains("<figcaption>", "Grafik: Mosaik-Demodaten");
    }

    /** Over the container's limit nothing of the form can be read; the library says so instead of an error page. */
    @Test
    void anUploadOverTheFormLimitIsSentBackWithAMessage() throws Exception {
        var boundary = "grenze" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"gross.jpg\"\r\n"
                        + "Content-Type: image/jpeg\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        body.write(new byte[14 * 1024 * 1024]);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        var client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        var response = client.send(
                HttpRequest.newBuilder(URI.create(url(LIBRARY)))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith(LIBRARY + "?datei=zu-gross"));
        var page = mvc.perform(get(LIBRARY + "?datei=zu-gross").session(staff))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Bilddatei: Die Datei ist größer als 10 MB", "href=\"#file\"");
    }

    private int status(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse().getStatus();
    }

    private static MockMultipartFile file(String name, String type, byte[] bytes) {
        return new MockMultipartFile("file", name, type, bytes);
    }

    static byte[] picture(int width, int height, String format) throws IOException {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color((int) (Math.random() * 0xFFFFFF)));
        g.fillRect(0, 0, width, height);
        g.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
