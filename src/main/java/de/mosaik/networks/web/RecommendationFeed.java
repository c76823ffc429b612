package de.mosaik.networks.web;

import de.mosaik.networks.NetworkSummary;
import de.mosaik.networks.domain.RecommendationEntry;
import de.mosaik.shared.web.BaseUrl;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The Atom feed (RFC 4287) of a public network's recommendations: each status change and each progress report
 * of a member body is an entry. Written with an XML writer, so every text is escaped; in German, the language
 * of the recommendations.
 */
@Component
class RecommendationFeed {

    static final String ATOM = "http://www.w3.org/2005/Atom";

    private final BaseUrl baseUrl;
    private final MessageSource messages;

    RecommendationFeed(BaseUrl baseUrl, MessageSource messages) {
        this.baseUrl = baseUrl;
        this.messages = messages;
    }

    String render(NetworkSummary network, List<RecommendationEntry> entries, Map<UUID, String> bodyNames) {
        var list = NetworkRoutes.publicProfile(network.slug()) + "/empfehlungen";
        var out = new StringWriter();
        try {
            var xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml:lang", "de");
            element(xml, "id", baseUrl.link(list + ".atom"));
            element(xml, "title", t("networks.recommendation.feed.title", network.name()));
            element(
                    xml,
                    "updated",
                    time(entries.isEmpty() ? Instant.EPOCH : entries.get(0).createdAt()));
            link(xml, "self", baseUrl.link(list + ".atom"), "application/atom+xml");
            link(xml, "alternate", baseUrl.link(list), "text/html");
            xml.writeStartElement("author");
            element(xml, "name", network.name());
            xml.writeEndElement();
            for (var entry : entries) {
                xml.writeStartElement("entry");
                element(xml, "id", "urn:uuid:" + entry.id());
                element(xml, "title", title(entry, bodyNames));
                element(xml, "updated", time(entry.createdAt()));
                link(xml, "alternate", baseUrl.link(list + "/" + entry.recommendationId()), "text/html");
                if (!entry.text().isBlank()) {
                    xml.writeStartElement("summary");
                    xml.writeAttribute("type", "text");
                    xml.writeCharacters(entry.text());
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Atom feed could not be written", e);
        }
        return out.toString();
    }

    private String title(RecommendationEntry entry, Map<UUID, String> bodyNames) {
        var recommendation = entry.recommendationNumber() + " " + entry.recommendationTitle();
        if (entry.report()) {
            var body = entry.memberId() == null ? "" : bodyNames.getOrDefault(entry.memberId(), "");
            return t("networks.recommendation.feed.report", body, recommendation);
        }
        var status = entry.statusTo() == null ? "" : t(entry.statusTo().messageKey());
        return t("networks.recommendation.feed.status", recommendation, status);
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, Locale.GERMAN);
    }

    private static String time(Instant moment) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                moment.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
