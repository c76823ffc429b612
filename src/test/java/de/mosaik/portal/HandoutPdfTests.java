package de.mosaik.portal;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.IntegrationTest;
import de.mosaik.WebSession;
import de.mosaik.identity.IdentitySetup;
import de.mosaik.portal.PortalContent.Editor;
import de.mosaik.portal.domain.PageDraft;
import de.mosaik.portal.domain.PageService;
import de.mosaik.portal.domain.PageStatus;
import de.mosaik.shared.pdf.PdfChecks;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The printable handout of a page and an offer: the published texts in the chosen language, as a tagged PDF
 * with title and language that a screen reader can read, and nothing of what is not published.
 */
class HandoutPdfTests extends IntegrationTest {

    private static final String PAGE = "/stadt-duisburg/seiten/schulberatung/handzettel.pdf";
    private static final String OFFER = "/stadt-duisburg/angebote/schulberatung-fuer-neuzugewanderte/handzettel.pdf";

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    IdentitySetup identity;

    @Autowired
    PageService pages;

    @Test
    void thePageHandoutInGermanIsATaggedPdfWithTitleLanguageAndTheOnlineAddress() throws Exception {
        var title = jdbc.sql("select p.title from portal.page p join identity.tenant t on t.id = p.tenant_id"
                        + " where t.slug = 'stadt-duisburg' and p.slug = 'schulberatung'")
                .query(String.class)
                .single();

        var response = fetch(PAGE);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(
                        d -> assertThat(d).startsWith("inline;").contains("handzettel-schulberatung-de.pdf"));
        try (var pdf = Loader.loadPDF(response.body())) {
            assertTagged(pdf);
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("de");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(title);
            assertThat(headings(pdf)).startsWith("H1").contains("H2");
            assertThat(text(pdf))
                    .contains(title, "dienstags und donnerstags", "Stand:")
                    .contains(url("/stadt-duisburg/seiten/schulberatung"))
                    // the contact staff chose for the page
                    .contains("schulberatung@stadt-duisburg.demo");
        }
        PdfChecks.assertPdfUaAndPdfA(response.body());
    }

    @Test
    void thePageHandoutInArabicRunsRightToLeftAndMarksTheGermanFallback() throws Exception {
        var response = fetch(PAGE + "?lang=ar");

        assertThat(response.statusCode()).isEqualTo(200);
        try (var pdf = Loader.loadPDF(response.body())) {
            assertTagged(pdf);
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("ar");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("الاستشارة المدرسية للعائلات القادمة حديثا");
            assertThat(text(pdf))
                    .as("no vowel mark printed apart from its letter")
                    .doesNotContainPattern("[\\u064B-\\u065F\\u0670]");
            // The body's Arabic translation is outdated, so it is the German text, in German. Shaping may
            // stretch a word with a kashida, which the extracted text keeps: the title is compared in part.
            assertThat(text(pdf))
                    .contains("الاستشارة المدرسية للعائلات القادمة", "dienstags und donnerstags")
                    .contains(url("/stadt-duisburg/seiten/schulberatung?lang=ar"));
            assertThat(languages(pdf)).contains("de");
        }
        PdfChecks.assertPdfUaAndPdfA(response.body());
    }

    @Test
    void theOfferHandoutHasItsFactsAndContactsInGermanAndArabic() throws Exception {
        var german = fetch(OFFER);
        assertThat(german.statusCode()).isEqualTo(200);
        try (var pdf = Loader.loadPDF(german.body())) {
            assertTagged(pdf);
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("de");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Schulberatung für Neuzugewanderte");
            assertThat(text(pdf))
                    .contains("So machen Sie mit", "Auf einen Blick", "Kosten", "Öffnungszeiten")
                    .contains("schulberatung@stadt-duisburg.demo", "Flachsmarkt")
                    .contains("Wir erklären das Schulsystem");
        }
        PdfChecks.assertPdfUaAndPdfA(german.body());

        var arabic = fetch(OFFER + "?lang=ar");
        assertThat(arabic.statusCode()).isEqualTo(200);
        try (var pdf = Loader.loadPDF(arabic.body())) {
            assertTagged(pdf);
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("ar");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("استشارات مدرسية للقادمين الجدد");
            assertThat(text(pdf))
                    .contains("استشارات مدرسية للقادمين الجدد", "نشرح لكم النظام المدرسي", "نظرة سريعة")
                    .contains("schulberatung@stadt-duisburg.demo")
                    .doesNotContain("Wir erklären das Schulsystem");
        }
        PdfChecks.assertPdfUaAndPdfA(arabic.body());
    }

    @Test
    void anUnpublishedOrUnknownPageHasNoHandout() throws Exception {
        var tenant = new Fixtures(jdbc, identity).newTenant();
        jdbc.sql("update identity.tenant set active = true where id = ?")
                .param(tenant.id())
                .update();
        pages.create(
                        tenant.id(),
                        new PageDraft(null, 0, "entwurf", "Entwurf", "Kurz", "Geheim", PageStatus.DRAFT, null, null),
                        new Editor(null, "Testperson"))
                .orElseThrow();

        assertThat(fetch("/" + tenant.slug() + "/seiten/entwurf/handzettel.pdf").statusCode())
                .isEqualTo(404);
        assertThat(fetch("/stadt-duisburg/seiten/gibt-es-nicht/handzettel.pdf").statusCode())
                .isEqualTo(404);
        assertThat(fetch("/stadt-duisburg/angebote/gibt-es-nicht/handzettel.pdf")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void thePublicPagesLinkToTheirHandout() {
        var visitor = new WebSession(port);
        assertThat(visitor.get("/stadt-duisburg/seiten/schulberatung?lang=ar").body())
                .contains("href=\"/stadt-duisburg/seiten/schulberatung/handzettel.pdf?lang=ar\"", "ملف PDF للطباعة");
        assertThat(new WebSession(port)
                        .get("/stadt-duisburg/angebote/schulberatung-fuer-neuzugewanderte")
                        .body())
                .contains(
                        "href=\"/stadt-duisburg/angebote/schulberatung-fuer-neuzugewanderte/handzettel.pdf\"",
                        "Als PDF zum Ausdrucken");
    }

    private HttpResponse<byte[]> fetch(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void assertTagged(PDDocument pdf) {
        var catalog = pdf.getDocumentCatalog();
        assertThat(catalog.getStructureTreeRoot()).as("structure tree").isNotNull();
        assertThat(catalog.getMarkInfo()).as("mark info").isNotNull();
        assertThat(catalog.getMarkInfo().isMarked()).as("marked").isTrue();
    }

    private static String text(PDDocument pdf) throws IOException {
        return new PDFTextStripper().getText(pdf);
    }

    /** The structure types of the headings, in reading order. */
    private static List<String> headings(PDDocument pdf) {
        var found = new ArrayList<String>();
        walk(pdf.getDocumentCatalog().getStructureTreeRoot(), element -> {
            if (element.getStructureType().matches("H\\d")) {
                found.add(element.getStructureType());
            }
        });
        return found;
    }

    /** The languages set on structure elements (besides the document's). */
    private static List<String> languages(PDDocument pdf) {
        var found = new ArrayList<String>();
        walk(pdf.getDocumentCatalog().getStructureTreeRoot(), element -> {
            if (element.getLanguage() != null) {
                found.add(element.getLanguage());
            }
        });
        return found;
    }

    private static void walk(PDStructureNode node, java.util.function.Consumer<PDStructureElement> visit) {
        for (var kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                visit.accept(element);
                walk(element, visit);
            }
        }
    }
}
