package de.mosaik.portal.web;

import de.mosaik.identity.TenantProfile;
import de.mosaik.identity.Tenants;
import de.mosaik.portal.domain.PortalSitemap;
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
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The sitemaps for search engines: {@code /sitemap.xml} is the index of every active tenant's
 * {@code /{slug}/sitemap.xml}, which lists each public address once per language version with its
 * {@code hreflang} alternates (see {@link LanguageVersions} for Einfache Sprache), and {@code /robots.txt}
 * names the index and keeps crawlers out of the back office.
 */
@Controller
class SitemapController {

    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

    private final Tenants tenants;
    private final PortalSitemap sitemap;
    private final BaseUrl baseUrl;

    SitemapController(Tenants tenants, PortalSitemap sitemap, BaseUrl baseUrl) {
        this.tenants = tenants;
        this.sitemap = sitemap;
        this.baseUrl = baseUrl;
    }

    @PublicContent
    @GetMapping("/robots.txt")
    ResponseEntity<String> robots(HttpServletRequest request, HttpServletResponse response) {
        var text = String.join(
                "\n",
                "User-agent: *",
                "Disallow: /verwaltung/",
                "Disallow: /plattform/",
                "Disallow: /konto/",
                "Disallow: /anmelden",
                "Sitemap: " + baseUrl.link("/sitemap.xml"),
                "");
        return answer(request, response, MediaType.TEXT_PLAIN, text);
    }

    @PublicContent
    @GetMapping("/sitemap.xml")
    ResponseEntity<String> index(HttpServletRequest request, HttpServletResponse response) throws XMLStreamException {
        var out = new StringWriter();
        var xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("sitemapindex");
        xml.writeDefaultNamespace(SITEMAP_NS);
        for (var tenant : tenants.active()) {
            xml.writeStartElement("sitemap");
            element(xml, "loc", baseUrl.link("/" + tenant.slug() + "/sitemap.xml"));
            xml.writeEndElement();
        }
        // The practice library is platform-wide, not a tenant's: it keeps a sitemap of its own.
        xml.writeStartElement("sitemap");
        element(xml, "loc", baseUrl.link("/praxisbeispiele/sitemap.xml"));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return answer(request, response, XML, out.toString());
    }

    @PublicContent
    @GetMapping("/{slug}/sitemap.xml")
    ResponseEntity<String> tenant(@PathVariable String slug, HttpServletRequest request, HttpServletResponse response)
            throws XMLStreamException {
        var tenant = tenants.bySlug(slug)
                .filter(TenantProfile::active)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var out = new StringWriter();
        var xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("urlset");
        xml.writeDefaultNamespace(SITEMAP_NS);
        xml.writeNamespace("xhtml", XHTML_NS);
        for (var entry : sitemap.of(tenant)) {
            var languages = LanguageVersions.shown(entry.languages());
            for (var language : languages) {
                xml.writeStartElement("url");
                element(xml, "loc", baseUrl.link(LanguageVersions.path(entry.path(), language)));
                // Einfache Sprache has no hreflang of its own: listed as its own page, outside the alternates.
                if (LanguageVersions.hreflang(language) != null) {
                    for (var other : languages) {
                        var hreflang = LanguageVersions.hreflang(other);
                        if (hreflang != null) {
                            alternate(xml, hreflang, baseUrl.link(LanguageVersions.path(entry.path(), other)));
                        }
                    }
                    alternate(xml, "x-default", baseUrl.link(entry.path()));
                }
                lastModified(xml, entry.lastModified());
                xml.writeEndElement();
            }
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return answer(request, response, XML, out.toString());
    }

    private static ResponseEntity<String> answer(
            HttpServletRequest request, HttpServletResponse response, MediaType type, String body) {
        if (PublicCaching.notModified(request, response, body.getBytes(StandardCharsets.UTF_8))) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).build();
        }
        return ResponseEntity.ok().contentType(type).body(body);
    }

    private static void alternate(XMLStreamWriter xml, String hreflang, String href) throws XMLStreamException {
        xml.writeEmptyElement("xhtml", "link", XHTML_NS);
        xml.writeAttribute("rel", "alternate");
        xml.writeAttribute("hreflang", hreflang);
        xml.writeAttribute("href", href);
    }

    private static void lastModified(XMLStreamWriter xml, @Nullable Instant moment) throws XMLStreamException {
        if (moment != null) {
            element(
                    xml,
                    "lastmod",
                    DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                            moment.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC)));
        }
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
