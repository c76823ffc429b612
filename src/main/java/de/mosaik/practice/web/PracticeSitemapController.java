package de.mosaik.practice.web;

import de.mosaik.practice.domain.PracticeLibrary;
import de.mosaik.shared.i18n.UiLanguage;
import de.mosaik.shared.web.BaseUrl;
import de.mosaik.shared.web.PublicCaching;
import de.mosaik.shared.web.PublicContent;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The library's sitemap, {@code /praxisbeispiele/sitemap.xml}, named in the platform's sitemap index: the
 * library in every public language and each published example once per language it exists in, with its
 * {@code hreflang} alternates (Einfache Sprache listed as its own page, as the portal's sitemaps do).
 */
@Controller
class PracticeSitemapController {

    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

    private final PracticeLibrary library;
    private final BaseUrl baseUrl;

    PracticeSitemapController(PracticeLibrary library, BaseUrl baseUrl) {
        this.library = library;
        this.baseUrl = baseUrl;
    }

    @PublicContent
    @GetMapping(LibraryAddress.PATH + "/sitemap.xml")
    ResponseEntity<String> sitemap(HttpServletRequest request, HttpServletResponse response) throws XMLStreamException {
        var out = new StringWriter();
        var xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("urlset");
        xml.writeDefaultNamespace(SITEMAP_NS);
        xml.writeNamespace("xhtml", XHTML_NS);
        urls(xml, LibraryAddress.PATH, Arrays.asList(UiLanguage.values()), null);
        for (var entry : library.sitemap()) {
            var languages = Arrays.stream(UiLanguage.values())
                    .filter(l -> l == UiLanguage.DE
                            || entry.languages().contains(de.mosaik.shared.translation.ContentLanguage.of(l)))
                    .toList();
            urls(xml, entry.path(), languages, entry.lastModified());
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        var body = out.toString();
        if (PublicCaching.notModified(request, response, body.getBytes(StandardCharsets.UTF_8))) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).build();
        }
        return ResponseEntity.ok().contentType(XML).body(body);
    }

    private void urls(XMLStreamWriter xml, String path, List<UiLanguage> languages, @Nullable Instant lastModified)
            throws XMLStreamException {
        for (var language : languages) {
            xml.writeStartElement("url");
            element(xml, "loc", baseUrl.link(PracticeHeads.path(path, language)));
            if (language != UiLanguage.EINFACH) {
                for (var other : languages) {
                    if (other != UiLanguage.EINFACH) {
                        alternate(xml, other.htmlLang(), baseUrl.link(PracticeHeads.path(path, other)));
                    }
                }
                alternate(xml, "x-default", baseUrl.link(path));
            }
            if (lastModified != null) {
                element(
                        xml,
                        "lastmod",
                        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                                lastModified.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC)));
            }
            xml.writeEndElement();
        }
    }

    private static void alternate(XMLStreamWriter xml, String hreflang, String href) throws XMLStreamException {
        xml.writeEmptyElement("xhtml", "link", XHTML_NS);
        xml.writeAttribute("rel", "alternate");
        xml.writeAttribute("hreflang", hreflang);
        xml.writeAttribute("href", href);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
