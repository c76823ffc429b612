package de.mosaik.shared.translation.work;

import java.io.ByteArrayOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an XLIFF 2.0 file: one {@code <unit>} per text with the German {@code <source>}, the current translation
 * as {@code <target>} when there is one, and in the unit's metadata the revision of the German and whether it is
 * Markdown. Markdown is written as plain text (no inline elements), so that translators keep its marks as they are.
 */
public final class XliffWriter {

    static final String XLIFF = "urn:oasis:names:tc:xliff:document:2.0";
    static final String METADATA = "urn:oasis:names:tc:xliff:metadata:2.0";
    static final String REVISION = "sourceRevision";
    static final String MARKDOWN = "markdown";
    static final String CATEGORY = "mosaik";

    private XliffWriter() {}

    /** The file as UTF-8 bytes; {@code original} names where it comes from (the tenant's slug). */
    public static byte[] write(XliffFile file, String original) {
        var out = new ByteArrayOutputStream();
        try {
            var xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.setDefaultNamespace(XLIFF);
            xml.setPrefix("mda", METADATA);
            xml.writeStartElement(XLIFF, "xliff");
            xml.writeDefaultNamespace(XLIFF);
            xml.writeNamespace("mda", METADATA);
            xml.writeAttribute("version", "2.0");
            xml.writeAttribute("srcLang", LanguageTags.of(file.source()));
            xml.writeAttribute("trgLang", LanguageTags.of(file.target()));
            xml.writeCharacters("\n  ");
            xml.writeStartElement(XLIFF, "file");
            xml.writeAttribute("id", "f1");
            xml.writeAttribute("original", original);
            for (var unit : file.units()) {
                unit(xml, unit);
            }
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XLIFF to memory failed", e);
        }
        return out.toByteArray();
    }

    private static void unit(XMLStreamWriter xml, XliffUnit unit) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement(XLIFF, "unit");
        xml.writeAttribute("id", unit.id());
        xml.writeCharacters("\n      ");
        xml.writeStartElement(METADATA, "metadata");
        xml.writeStartElement(METADATA, "metaGroup");
        xml.writeAttribute("category", CATEGORY);
        meta(xml, REVISION, unit.sourceRevision());
        meta(xml, MARKDOWN, Boolean.toString(unit.markdown()));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeCharacters("\n      ");
        xml.writeStartElement(XLIFF, "segment");
        xml.writeAttribute("state", unit.target() == null ? "initial" : "translated");
        xml.writeCharacters("\n        ");
        xml.writeStartElement(XLIFF, "source");
        xml.writeAttribute("xml:space", "preserve");
        xml.writeCharacters(unit.source());
        xml.writeEndElement();
        if (unit.target() != null) {
            xml.writeCharacters("\n        ");
            xml.writeStartElement(XLIFF, "target");
            xml.writeAttribute("xml:space", "preserve");
            xml.writeCharacters(unit.target());
            xml.writeEndElement();
        }
        xml.writeCharacters("\n      ");
        xml.writeEndElement();
        xml.writeCharacters("\n    ");
        xml.writeEndElement();
    }

    private static void meta(XMLStreamWriter xml, String type, String value) throws XMLStreamException {
        xml.writeStartElement(METADATA, "meta");
        xml.writeAttribute("type", type);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
