package de.mosaik.networks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.mosaik.IntegrationTest;
import de.mosaik.MockLogin;
import de.mosaik.WebSession;
import de.mosaik.demo.DemoAccounts;
import de.mosaik.demo.DemoMeetingDocuments;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * Documents of a meeting: members upload files whose type is told by content, download them as
 * attachments, and only the uploader or the coordination deletes them; nobody outside the network, and
 * no path mixing one network's meeting into another's, gets anything.
 */
public class MeetingDocumentsTests extends IntegrationTest {

    static final byte[] PDF =
            "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

    @Autowired
    WebApplicationContext context;

    @Autowired
    Networks networks;

    @Autowired
    MeetingDocuments documents;

    @Autowired
    DemoMeetingDocuments demo;

    MockMvc mvc;
    UUID circle;
    UUID meeting;
    UUID countyMeeting;
    String base;

    @BeforeEach
    void setUp() {
        mvc = MockLogin.mvc(context);
        circle = networks.bySlug("qualitaetszirkel").orElseThrow().id();
        meeting = meeting(circle, "Frühjahrstreffen in Düren");
        countyMeeting = meeting(
                networks.bySlug("netzwerk-kreis-recklinghausen").orElseThrow().id(), "Kreistreffen");
        base = "/netzwerke/qualitaetszirkel/treffen/" + meeting + "/dokumente";
    }

    @Test
    void aMemberUploadsAPdfAndAnotherMemberDownloadsItAsAnAttachment() throws Exception {
        var delegate = login(DemoAccounts.NETWORK_DELEGATE);
        var page = mvc.perform(get(base).session(delegate)).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString())
                .contains(
                        "Dokumente: Frühjahrstreffen in Düren",
                        "Höchstgröße in MB: 10",
                        "Zu diesem Treffen gibt es noch keine");

        var uploaded = upload(delegate, "file", "Vortrag Öffnung.pdf", PDF, Map.of("title", "", "kind", "SLIDES"));
        assertThat(uploaded.getStatus()).isEqualTo(302);
        assertThat(uploaded.getRedirectedUrl()).isEqualTo(base);

        var listed = documents.of(circle, meeting);
        assertThat(listed).hasSize(1);
        var document = listed.get(0);
        assertThat(document.title())
                .as("the file name stands in for a missing title")
                .isEqualTo("Vortrag Öffnung");
        assertThat(document.contentType()).isEqualTo("application/pdf");
        assertThat(documents.count(circle, meeting)).isEqualTo(1);

        var other = login("leitung@stadt-duisburg.demo");
        assertThat(mvc.perform(get(base).session(other))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Vortrag Öffnung", "Folien");
        var download = mvc.perform(get(base + "/" + document.id()).session(other))
                .andReturn()
                .getResponse();
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentAsByteArray()).isEqualTo(PDF);
        assertThat(download.getContentType()).isEqualTo("application/pdf");
        assertThat(download.getHeader("Content-Disposition"))
                .startsWith("attachment;")
                .contains(".pdf");
        assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void officeFilesAndImagesAreToldByTheirContent() throws Exception {
        var delegate = login(DemoAccounts.NETWORK_DELEGATE);
        var cases = Map.of(
                "bericht.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "zahlen.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "notizen.odt", "application/vnd.oasis.opendocument.text",
                "foto.png", "image/png",
                "foto.jpg", "image/jpeg",
                "bild.webp", "image/webp");
        var contents = Map.of(
                "bericht.docx", ooxml("word/document.xml"),
                "zahlen.xlsx", ooxml("xl/workbook.xml"),
                "notizen.odt", openDocument("application/vnd.oasis.opendocument.text"),
                "foto.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13},
                "foto.jpg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16},
                "bild.webp", "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1));
        for (var name : cases.keySet()) {
            var title = "Datei " + name;
            assertThat(upload(delegate, "file", name, contents.get(name), Map.of("title", title, "kind", "OTHER"))
                            .getStatus())
                    .as(name)
                    .isEqualTo(302);
            assertThat(documents.of(circle, meeting))
                    .filteredOn(d -> d.title().equals(title))
                    .singleElement()
                    .satisfies(d -> assertThat(d.contentType()).as(name).isEqualTo(cases.get(name)));
        }
    }

    @Test
    void filesOfOtherKindsAreRefusedWhateverTheirNameSays() throws Exception {
        var delegate = login(DemoAccounts.NETWORK_DELEGATE);
        var refused = Map.of(
                "programm.pdf", "MZ\u0090\0\3\0\0\0\4\0".getBytes(StandardCharsets.ISO_8859_1),
                "seite.pdf", "<!doctype html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8),
                "grafik.png",
                        "<svg xmlns=\"http://www.w3.org/2000/svg\"><script/></svg>".getBytes(StandardCharsets.UTF_8),
                "makros.docx", ooxml("word/document.xml", "word/vbaProject.bin"),
                "archiv.docx", ooxml("irgendwas.txt"),
                "fremd.odt", openDocument("application/x-irgendwas"));
        for (var file : refused.entrySet()) {
            var answer = upload(
                    delegate, "file", file.getKey(), file.getValue(), Map.of("title", "Abgelehnt", "kind", "SLIDES"));
            assertThat(answer.getStatus()).as(file.getKey()).isEqualTo(200);
            assertThat(answer.getContentAsString())
                    .as(file.getKey())
                    .contains("Diese Datei kann nicht hochgeladen werden.", "id=\"file-error\"", "value=\"Abgelehnt\"");
        }
        var empty = upload(delegate, "file", "leer.pdf", new byte[0], Map.of("title", "", "kind", "SLIDES"));
        assertThat(empty.getContentAsString()).contains("Bitte wählen Sie eine Datei aus.");
        var badKind = upload(delegate, "file", "a.pdf", PDF, Map.of("title", "x".repeat(201), "kind", "ERFUNDEN"));
        assertThat(badKind.getContentAsString())
                .contains("Der Titel darf höchstens 200 Zeichen lang sein.", "Bitte wählen Sie die Art des Dokuments.");
        var tooLarge = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, tooLarge, 0, PDF.length);
        assertThat(upload(delegate, "file", "gross.pdf", tooLarge, Map.of("title", "", "kind", "SLIDES"))
                        .getContentAsString())
                .contains("Die Datei ist zu groß. Erlaubt sind höchstens 10 MB.");
        assertThat(documents.of(circle, meeting))
                .filteredOn(d -> d.title().equals("Abgelehnt"))
                .isEmpty();
    }

    @Test
    void anUploadOverTheContainersLimitIsSentBackWithAMessage() {
        var session = new WebSession(port);
        session.login(DemoAccounts.NETWORK_DELEGATE, DemoAccounts.PASSWORD);
        session.get(base);
        var huge = new byte[13 * 1024 * 1024];
        var answer = session.postFile(base, Map.of("title", "", "kind", "SLIDES"), "file", "riesig.pdf", huge);
        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.target()).endsWith("/dokumente?datei=zu-gross");
        assertThat(session.get(answer.target()).body()).contains("Die Datei ist zu groß.");
    }

    @Test
    void onlyTheUploaderAndTheCoordinationDelete() throws Exception {
        var uploader = login("team@kreis-dueren.demo");
        assertThat(upload(uploader, "file", "loeschen.pdf", PDF, Map.of("title", "Zum Löschen", "kind", "OTHER"))
                        .getStatus())
                .isEqualTo(302);
        var id = documents.of(circle, meeting).stream()
                .filter(d -> d.title().equals("Zum Löschen"))
                .findFirst()
                .orElseThrow()
                .id();
        var otherMember = login(DemoAccounts.NETWORK_DELEGATE);
        assertThat(mvc.perform(get(base).session(otherMember))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain(base + "/" + id + "/loeschen");
        assertThat(status(post(base + "/" + id + "/loeschen").with(csrf()), otherMember))
                .isEqualTo(403);
        assertThat(status(post(base + "/" + id + "/loeschen").with(csrf()), uploader))
                .isEqualTo(302);
        assertThat(documents.of(circle, meeting))
                .extracting(MeetingDocuments.Summary::id)
                .doesNotContain(id);

        var another = demo.seed(circle, meeting).get(0);
        var coordination = login(DemoAccounts.NETWORK_COORDINATOR);
        assertThat(status(post(base + "/" + another + "/loeschen").with(csrf()), coordination))
                .isEqualTo(302);
        assertThat(status(post(base + "/" + another + "/loeschen").with(csrf()), coordination))
                .isEqualTo(404);
    }

    @Test
    void nobodyOutsideTheNetworkAndNoForeignMeetingGetsAnything() throws Exception {
        var document = demo.seed(circle, meeting).get(1);
        var downloadPath = base + "/" + document;
        // Staff of a member tenant without a delegate entry: the public network answers 403.
        var outsider = login("leitung@kreis-dueren.demo");
        assertThat(status(get(base), outsider)).isEqualTo(403);
        assertThat(status(get(downloadPath), outsider)).isEqualTo(403);
        assertThat(upload(outsider, "file", "x.pdf", PDF, Map.of("kind", "SLIDES"))
                        .getStatus())
                .isEqualTo(403);
        // The coordinator of another network is no member of this one.
        var otherNetwork = login("leitung@kreis-recklinghausen.demo");
        assertThat(status(get(downloadPath), otherNetwork)).isEqualTo(403);
        // A member opening the members-only network of others learns nothing.
        var member = login(DemoAccounts.NETWORK_DELEGATE);
        var county = "/netzwerke/netzwerk-kreis-recklinghausen/treffen/" + countyMeeting + "/dokumente";
        assertThat(status(get(county), member)).isEqualTo(404);
        // Another network's meeting, or this meeting's document under another meeting, is not found.
        assertThat(status(get("/netzwerke/qualitaetszirkel/treffen/" + countyMeeting + "/dokumente"), member))
                .isEqualTo(404);
        assertThat(status(
                        get("/netzwerke/qualitaetszirkel/treffen/" + countyMeeting + "/dokumente/" + document), member))
                .isEqualTo(404);
        assertThat(upload(member, "file", "x.pdf", PDF, Map.of("kind", "SLIDES"), countyMeeting)
                        .getStatus())
                .isEqualTo(404);
        assertThat(status(get(base + "/" + UUID.randomUUID()), member)).isEqualTo(404);
        assertThat(status(get("/netzwerke/qualitaetszirkel/treffen/kein-treffen/dokumente"), member))
                .isIn(400, 404);
        // Anonymous visitors are sent to the login.
        assertThat(mvc.perform(get(downloadPath)).andReturn().getResponse().getRedirectedUrl())
                .endsWith("/anmelden");
    }

    @Test
    void theDemoDocumentsAreValidPdfsOfTheMeeting() throws Exception {
        var other = meeting(circle, "Herbsttreffen");
        var ids = demo.seed(circle, other);
        assertThat(ids).hasSize(3);
        assertThat(documents.of(circle, other))
                .extracting(MeetingDocuments.Summary::kind)
                .containsExactlyInAnyOrder(
                        MeetingDocuments.DocumentKind.SLIDES,
                        MeetingDocuments.DocumentKind.MINUTES,
                        MeetingDocuments.DocumentKind.OTHER);
        var member = login(DemoAccounts.NETWORK_DELEGATE);
        var pdf = mvc.perform(get("/netzwerke/qualitaetszirkel/treffen/" + other + "/dokumente/" + ids.get(0))
                        .session(member))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        var text = new String(pdf, StandardCharsets.ISO_8859_1);
        assertThat(text).startsWith("%PDF-1.4").contains("startxref").endsWith("%%EOF\n");
        var xref = Integer.parseInt(text.substring(text.indexOf("startxref\n") + 10, text.lastIndexOf("\n%%EOF")));
        assertThat(text.substring(xref))
                .as("the cross-reference table is where the trailer says")
                .startsWith("xref");
    }

    private UUID meeting(UUID network, String title) {
        var id = UUID.randomUUID();
        jdbc.sql("insert into networks.meeting (id, network_id, title, starts_on, ends_on) values (?, ?, ?, ?, ?)")
                .params(id, network, title, LocalDate.of(2026, 4, 20), LocalDate.of(2026, 4, 21))
                .update();
        return id;
    }

    private MockHttpServletResponse upload(
            MockHttpSession session, String field, String name, byte[] content, Map<String, String> fields)
            throws Exception {
        return upload(session, field, name, content, fields, meeting);
    }

    private MockHttpServletResponse upload(
            MockHttpSession session,
            String field,
            String name,
            byte[] content,
            Map<String, String> fields,
            UUID meetingId)
            throws Exception {
        var request = multipart("/netzwerke/qualitaetszirkel/treffen/" + meetingId + "/dokumente")
                .file(new MockMultipartFile(field, name, "application/pdf", content));
        fields.forEach(request::param);
        return mvc.perform(request.with(csrf()).session(session)).andReturn().getResponse();
    }

    private int status(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, MockHttpSession session)
            throws Exception {
        return mvc.perform(request.session(session)).andReturn().getResponse().getStatus();
    }

    private MockHttpSession login(String email) {
        return MockLogin.login(mvc, email, DemoAccounts.PASSWORD);
    }

    public static byte[] ooxml(String... parts) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            for (var part : parts) {
                zip.putNextEntry(new ZipEntry(part));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    public static byte[] openDocument(String type) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            var bytes = type.getBytes(StandardCharsets.US_ASCII);
            var mimetype = new ZipEntry("mimetype");
            mimetype.setMethod(ZipEntry.STORED);
            mimetype.setSize(bytes.length);
            var crc = new CRC32();
            crc.update(bytes);
            mimetype.setCrc(crc.getValue());
            zip.putNextEntry(mimetype);
            zip.write(bytes);
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
