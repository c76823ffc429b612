package de.mosaik.practice.web;

import de.mosaik.practice.domain.PracticeLibrary;
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
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The Atom feed of the library, {@code /praxisbeispiele.atom}: the examples published or changed most
 * recently, in German (the source every example has). Written with an XML writer, so that every text is
 * escaped; cached like the public pages (ETag) and with the newest change as Last-Modified.
 */
@Controller
class PracticeFeedController {

    /** Feed readers look at the newest entries; older ones are in the library. */
    static final int ENTRIES = 50;

    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    /** Shown as the feed's update time while the library is still empty. */
    private static final Instant EMPTY = Instant.parse("2026-01-01T00:00:00Z");

    private final PracticeLibrary library;
    private final BaseUrl baseUrl;
    private final MessageSource messages;

    PracticeFeedController(PracticeLibrary library, BaseUrl baseUrl, MessageSource messages) {
        this.library = library;
        this.baseUrl = baseUrl;
        this.messages = messages;
    }

    @PublicContent
    @GetMapping("/praxisbeispiele.atom")
    ResponseEntity<String> feed(HttpServletRequest request, HttpServletResponse response) throws XMLStreamException {
        var entries = library.recent(ENTRIES);
        var updated =
                entries.stream().map(e -> e.updatedAt()).max(Instant::compareTo).orElse(EMPTY);
        var out = new StringWriter();
        var xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM_NS);
        xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "de");
        element(xml, "id", baseUrl.link("/praxisbeispiele.atom"));
        element(xml, "title", messages.getMessage("practice.library.feed.title", null, java.util.Locale.GERMAN));
        element(xml, "updated", timestamp(updated));
        link(xml, "self", baseUrl.link("/praxisbeispiele.atom"), "application/atom+xml");
        link(xml, "alternate", baseUrl.link("/praxisbeispiele"), "text/html");
        xml.writeStartElement("author");
        element(xml, "name", messages.getMessage("shared.platform.name", null, java.util.Locale.GERMAN));
        xml.writeEndElement();
        for (var entry : entries) {
            var address = baseUrl.link(entry.path());
            xml.writeStartElement("entry");
            element(xml, "id", address);
            element(xml, "title", entry.title());
            element(xml, "published", timestamp(entry.publishedAt()));
            element(xml, "updated", timestamp(entry.updatedAt()));
            link(xml, "alternate", address, "text/html");
            if (!entry.summary().isBlank()) {
                element(xml, "summary", entry.summary());
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        var body = out.toString();
        response.setDateHeader(
                "Last-Modified", updated.truncatedTo(ChronoUnit.SECONDS).toEpochMilli());
        if (PublicCaching.notModified(request, response, body.getBytes(StandardCharsets.UTF_8))) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).build();
        }
        return ResponseEntity.ok().contentType(ATOM).body(body);
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        // XML 1.0 has no place for control characters; an author's stray one must not break the feed.
        xml.writeCharacters(text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", ""));
        xml.writeEndElement();
    }

    private static String timestamp(Instant moment) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                moment.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
    }
}
