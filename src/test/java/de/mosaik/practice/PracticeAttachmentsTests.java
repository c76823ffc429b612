package de.mosaik.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.mosaik.IntegrationTest;
import de.mosaik.MockLogin;
import de.mosaik.WebSession;
import de.mosaik.demo.DemoAccounts;
import de.mosaik.identity.Tenants;
import de.mosaik.networks.Networks;
import de.mosaik.organisations.Organisations;
import de.mosaik.practice.domain.PracticeAttachments;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/**
 * Attachments of practice examples: checked by content and size with the field named, downloaded by the author
 * and the editors while unpublished and by everyone once published (cacheable, with a safe name and no type
 * guessing), listed in the JSON API, recorded in the example's history, and kept to their tenant and network.
 */
class PracticeAttachmentsTests extends IntegrationTest {

    static final String DUISBURG = "/verwaltung/stadt-duisburg/praxisbeispiele";
    static final String CIRCLE = "/netzwerke/qualitaetszirkel/praxisbeispiele";
    static final String COUNTY = "/netzwerke/netzwerk-kreis-recklinghausen/praxisbeispiele";
    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    WebApplicationContext context;

    @Autowired
    PracticeSetup practice;

    @Autowired
    Tenants tenants;

    @Autowired
    Networks networks;

    @Autowired
    Organisations organisations;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockLogin.mvc(context);
    }

    @Test
    void anUploadIsCheckedByItsContentAndItsSizeWithTheFieldNamed() throws Exception {
        var id = example("Anhangprobe Inhalt");
        var staff = login("team@stadt-duisburg.demo");

        var text = answer(
                upload(DUISBURG + "/" + id, "bericht.pdf", "Nur Text, kein PDF".getBytes(), "Mein Bericht"), staff);
        assertThat(text.getStatus()).isEqualTo(200);
        assertThat(text.getContentAsString())
                .contains("Diese Datei kann bei „Datei“ nicht angehängt werden")
                .contains("value=\"Mein Bericht\"");

        var empty = answer(upload(DUISBURG + "/" + id, "leer.pdf", new byte[0], ""), staff);
        assertThat(empty.getContentAsString()).contains("Bitte wählen Sie bei „Datei“ eine Datei aus.");

        var large = Arrays.copyOf(PDF, PracticeAttachments.MAX_BYTES + 1);
        var tooLarge = answer(upload(DUISBURG + "/" + id, "gross.pdf", large, ""), staff);
        assertThat(tooLarge.getContentAsString()).contains("Die Datei ist zu groß");
        // an upload over the container's limit is sent back here by the filter
        assertThat(answer(get(DUISBURG + "/" + id + "/anhaenge").param("datei", "zu-gross"), staff)
                        .getContentAsString())
                .contains("Die Datei ist zu groß");
        assertThat(count(id)).isZero();

        var stored = answer(upload(DUISBURG + "/" + id, "../Ablauf \"Plan\".pdf", PDF, ""), staff);
        assertThat(stored.getStatus()).isEqualTo(302);
        assertThat(count(id)).isEqualTo(1);
        var page = answer(get(DUISBURG + "/" + id), staff).getContentAsString();
        assertThat(page).contains("Ablauf Plan").contains("Anhänge");
        var attachment = attachmentOf(id);
        var download = answer(get(DUISBURG + "/" + id + "/anhaenge/" + attachment), staff);
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentType()).isEqualTo("application/pdf");
        assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.getHeader("Content-Disposition"))
                .startsWith("attachment")
                .contains("Ablauf Plan.pdf");
        assertThat(download.getContentAsByteArray()).isEqualTo(PDF);
    }

    @Test
    void addingAndRemovingIsRecordedInTheHistoryAndOnlyWhileEditable() throws Exception {
        var id = example("Anhangprobe Verlauf");
        var staff = login("team@stadt-duisburg.demo");
        answer(upload(DUISBURG + "/" + id, "plan.png", png(), "Wochenplan"), staff);
        assertThat(versions(id)).hasSize(2).first().isEqualTo("{attachments}");
        assertThat(answer(get(DUISBURG + "/" + id), staff).getContentAsString()).contains("Wochenplan");

        var removed = answer(post(DUISBURG + "/" + id + "/anhaenge/" + attachmentOf(id) + "/entfernen"), staff);
        assertThat(removed.getStatus()).isEqualTo(302);
        assertThat(count(id)).isZero();
        assertThat(versions(id)).hasSize(3).first().isEqualTo("{attachments}");

        answer(upload(DUISBURG + "/" + id, "plan.png", png(), "Wochenplan"), staff);
        practice.submitExample(id);
        var locked = answer(upload(DUISBURG + "/" + id, "mehr.pdf", PDF, "Noch einer"), staff);
        assertThat(locked.getStatus()).isEqualTo(200);
        assertThat(locked.getContentAsString()).contains("Anhänge lassen sich ändern, solange");
        assertThat(count(id)).isEqualTo(1);
    }

    @Test
    void aRepeatedUploadWithTheSameSubmissionTokenAddsNothing() {
        var id = example("Anhangprobe doppelt");
        // over HTTP, so that every filter of the server runs, as for a browser sending the form twice
        var browser = new WebSession(port);
        browser.login("team@stadt-duisburg.demo", DemoAccounts.PASSWORD);
        browser.get(DUISBURG + "/" + id);
        var fields = Map.of(
                "attachmentTitle", "Einmal", "_submission", UUID.randomUUID().toString());
        var first = browser.postFile(DUISBURG + "/" + id + "/anhaenge", fields, "attachmentFile", "a.pdf", PDF);
        var second = browser.postFile(DUISBURG + "/" + id + "/anhaenge", fields, "attachmentFile", "a.pdf", PDF);
        assertThat(first.status()).isEqualTo(302);
        assertThat(second.status()).isEqualTo(302);
        assertThat(second.location()).isEqualTo(first.location());
        assertThat(count(id)).isEqualTo(1);
    }

    @Test
    void onlyTheAuthorAndTheEditorsReadAnUnpublishedExamplesAttachments() throws Exception {
        var id = example("Anhangprobe unveröffentlicht");
        answer(upload(DUISBURG + "/" + id, "a.pdf", PDF, "Geheim"), login("team@stadt-duisburg.demo"));
        var attachment = attachmentOf(id);
        practice.submitExample(id);

        // another tenant's staff: no such example in their back office
        var dueren = login("team@kreis-dueren.demo");
        assertThat(answer(get("/verwaltung/kreis-dueren/praxisbeispiele/" + id + "/anhaenge/" + attachment), dueren)
                        .getStatus())
                .isEqualTo(404);
        assertThat(answer(get(DUISBURG + "/" + id + "/anhaenge/" + attachment), dueren)
                        .getStatus())
                .isIn(403, 404);
        assertThat(answer(upload("/verwaltung/kreis-dueren/praxisbeispiele/" + id, "b.pdf", PDF, "x"), dueren)
                        .getStatus())
                .isEqualTo(404);
        // the coordinator of another network: not found in their network, forbidden in this one
        var stranger = login("leitung@kreis-recklinghausen.demo");
        assertThat(answer(get(COUNTY + "/pruefung/" + id + "/anhaenge/" + attachment), stranger)
                        .getStatus())
                .isEqualTo(404);
        assertThat(answer(get(COUNTY + "/" + id + "/anhaenge/" + attachment), stranger)
                        .getStatus())
                .isEqualTo(404);
        assertThat(answer(get(CIRCLE + "/pruefung/" + id + "/anhaenge/" + attachment), stranger)
                        .getStatus())
                .isEqualTo(403);
        // the network's editors read it while reviewing, and see it on the review page
        var editor = login(DemoAccounts.NETWORK_COORDINATOR);
        assertThat(answer(get(CIRCLE + "/pruefung/" + id), editor).getContentAsString())
                .contains("Geheim");
        assertThat(answer(get(CIRCLE + "/pruefung/" + id + "/anhaenge/" + attachment), editor)
                        .getStatus())
                .isEqualTo(200);
        // the public: not found until published
        var slug = slug(id);
        assertThat(anonymous(get("/praxisbeispiele/" + slug + "/anhaenge/" + attachment))
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void aPublishedExamplesAttachmentsArePublicCacheableAndInTheApi() throws Exception {
        var id = example("Anhangprobe veröffentlicht");
        answer(upload(DUISBURG + "/" + id, "Flyer.pdf", PDF, "Flyer zum Angebot"), login("team@stadt-duisburg.demo"));
        var attachment = attachmentOf(id);
        practice.submitExample(id);
        practice.publishExample(id, new Author(null, "Redaktion", "", "de"), List.of(), "");
        var slug = slug(id);
        var path = "/praxisbeispiele/" + slug + "/anhaenge/" + attachment;

        var page = anonymous(get("/praxisbeispiele/" + slug)).getContentAsString();
        assertThat(page).contains("Flyer zum Angebot").contains("href=\"" + path + "\"");

        var download = anonymous(get(path));
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentType()).isEqualTo("application/pdf");
        assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.getHeader("Content-Disposition"))
                .startsWith("attachment")
                .contains("Flyer.pdf");
        assertThat(download.getHeader("Cache-Control")).contains("public");
        var etag = download.getHeader("ETag");
        assertThat(etag).isNotBlank();
        assertThat(anonymous(get(path).header("If-None-Match", etag)).getStatus())
                .isEqualTo(304);
        // an attachment id under another example's address is not found
        var other = jdbc.sql("select slug from practice.example where status = 'PUBLISHED' and id <> ? limit 1")
                .param(id)
                .query(String.class)
                .single();
        assertThat(anonymous(get("/praxisbeispiele/" + other + "/anhaenge/" + attachment))
                        .getStatus())
                .isEqualTo(404);

        var api = anonymous(get("/api/v1/praxisbeispiele/" + slug)).getContentAsString();
        assertThat(api)
                .contains("\"attachments\"")
                .contains("Flyer zum Angebot")
                .contains("\"contentType\":\"application/pdf\"")
                .contains(path);
        var openApi = anonymous(get("/api/v1/openapi.json")).getContentAsString();
        assertThat(openApi).contains("ApiAttachment").contains("implementsRecommendations");
    }

    @Test
    void theDemoShowsAttachmentsAndRecommendationsOnAPublicExample() throws Exception {
        var slug = jdbc.sql(
                        "select slug from practice.example where title like 'Schulung „Migrationsgesellschaftliche%'")
                .query(String.class)
                .single();
        var page = anonymous(get("/praxisbeispiele/" + slug)).getContentAsString();
        assertThat(page)
                .contains("Ablauf der Schulung")
                .contains("Teilnahmen nach Jahren")
                .contains("Setzt diese Empfehlungen um")
                .contains("Migrationsgesellschaftliche Öffnung der Verwaltungen voranbringen");
        assertThat(jdbc.sql("select count(*) from practice.attachment a join practice.example e on e.id = a.example_id"
                                + " where e.status = 'PUBLISHED'")
                        .query(Integer.class)
                        .single())
                .isGreaterThanOrEqualTo(4);
    }

    static MockMultipartHttpServletRequestBuilder upload(
            String examplePath, String name, byte[] content, String title) {
        return multipart(examplePath + "/anhaenge")
                .file(new MockMultipartFile("attachmentFile", name, "application/pdf", content))
                .param("attachmentTitle", title);
    }

    static byte[] png() {
        var png = new byte[64];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 0, png, 0, 8);
        return png;
    }

    UUID example(String title) {
        var circle = networks.bySlug("qualitaetszirkel").orElseThrow().id();
        var tenant = tenants.bySlug("stadt-duisburg").orElseThrow().id();
        var body = organisations.ofTenant(tenant).orElseThrow().id();
        var draft = new ExampleDraft(
                circle,
                title + " " + UUID.randomUUID().toString().substring(0, 8),
                "Kurz",
                "SCHOOL",
                List.of("CHILDREN"),
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                null,
                null,
                body,
                "",
                "",
                false,
                "");
        return practice.createExample(tenant, new Author(null, "Probe Anhang", "", "de"), draft);
    }

    int count(UUID id) {
        return jdbc.sql("select count(*) from practice.attachment where example_id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }

    UUID attachmentOf(UUID id) {
        return jdbc.sql("select id from practice.attachment where example_id = ? order by uploaded_at desc limit 1")
                .param(id)
                .query(UUID.class)
                .single();
    }

    String slug(UUID id) {
        return jdbc.sql("select slug from practice.example where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    List<String> versions(UUID id) {
        return jdbc.sql("select changed_fields::text from practice.example_version where example_id = ?"
                        + " order by number desc")
                .param(id)
                .query(String.class)
                .list();
    }

    MockHttpServletResponse answer(AbstractMockHttpServletRequestBuilder<?> request, MockHttpSession session)
            throws Exception {
        return mvc.perform(request.session(session).with(csrf())).andReturn().getResponse();
    }

    MockHttpServletResponse anonymous(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    MockHttpSession login(String email) {
        return MockLogin.login(mvc, email, DemoAccounts.PASSWORD);
    }
}
