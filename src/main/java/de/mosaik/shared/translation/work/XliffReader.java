package de.mosaik.shared.translation.work;

import de.mosaik.shared.translation.ContentLanguage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads an XLIFF 2.0 file as {@link XliffWriter} writes it, refusing what it cannot trust: a DTD (and so any
 * entity, external or expanding), a file over the size limit, malformed XML, another XLIFF version, a unit whose
 * id this export never writes, and inline markup inside a source or target. Problems are collected, not thrown,
 * so that the importer sees them all at once.
 */
public final class XliffReader {

    /** Larger than any honest export of a tenant's texts, small enough to parse in memory. */
    public static final int MAX_BYTES = 1024 * 1024;

    private XliffReader() {}

    /** The outcome: the file when {@code problems} is empty. */
    public record Result(@Nullable XliffFile file, List<ImportProblem> problems) {}

    public static Result read(byte[] bytes) {
        if (bytes.length == 0) {
            return refused(ImportProblem.ofFile("translation.import.problem.empty"));
        }
        if (bytes.length > MAX_BYTES) {
            return refused(ImportProblem.ofFile("translation.import.problem.tooLarge"));
        }
        var factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        try {
            var xml = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
            try {
                return new Reading(xml).read();
            } finally {
                xml.close();
            }
        } catch (XMLStreamException | RuntimeException e) {
            return refused(ImportProblem.ofFile("translation.import.problem.malformed"));
        }
    }

    private static Result refused(ImportProblem problem) {
        return new Result(null, List.of(problem));
    }

    /** One pass over the document. */
    private static final class Reading {

        private final XMLStreamReader xml;
        private final List<ImportProblem> problems = new ArrayList<>();
        private final List<XliffUnit> units = new ArrayList<>();
        private final HashSet<String> seen = new HashSet<>();

        Reading(XMLStreamReader xml) {
            this.xml = xml;
        }

        Result read() throws XMLStreamException {
            ContentLanguage source = null;
            ContentLanguage target = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                    return refused(ImportProblem.ofFile("translation.import.problem.dtd"));
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                var name = xml.getLocalName();
                if (name.equals("xliff")) {
                    if (!XliffWriter.XLIFF.equals(xml.getNamespaceURI())
                            || !"2.0".equals(xml.getAttributeValue(null, "version"))) {
                        return refused(ImportProblem.ofFile("translation.import.problem.version"));
                    }
                    source = language(xml.getAttributeValue(null, "srcLang"));
                    target = language(xml.getAttributeValue(null, "trgLang"));
                    if (source == null || !source.german() || target == null || target.german()) {
                        return refused(ImportProblem.ofFile(
                                "translation.import.problem.languages",
                                String.valueOf(xml.getAttributeValue(null, "srcLang")),
                                String.valueOf(xml.getAttributeValue(null, "trgLang"))));
                    }
                } else if (name.equals("unit")) {
                    if (source == null || target == null) {
                        return refused(ImportProblem.ofFile("translation.import.problem.version"));
                    }
                    unit();
                }
            }
            if (source == null || target == null) {
                return refused(ImportProblem.ofFile("translation.import.problem.version"));
            }
            if (units.isEmpty() && problems.isEmpty()) {
                problems.add(ImportProblem.ofFile("translation.import.problem.noUnits"));
            }
            return new Result(problems.isEmpty() ? new XliffFile(source, target, units) : null, List.copyOf(problems));
        }

        private static @Nullable ContentLanguage language(@Nullable String tag) {
            return tag == null ? null : LanguageTags.parse(tag).orElse(null);
        }

        /** Reads one unit up to its end tag. */
        private void unit() throws XMLStreamException {
            var id = String.valueOf(xml.getAttributeValue(null, "id"));
            String revision = null;
            boolean markdown = false;
            String source = null;
            String target = null;
            boolean inlineMarkup = false;
            int segments = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT
                        && xml.getLocalName().equals("unit")) {
                    break;
                }
                if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new XMLStreamException("entity");
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "meta" -> {
                        var type = xml.getAttributeValue(null, "type");
                        var value = xml.getElementText().strip();
                        if (XliffWriter.REVISION.equals(type)) {
                            revision = value;
                        } else if (XliffWriter.MARKDOWN.equals(type)) {
                            markdown = Boolean.parseBoolean(value);
                        }
                    }
                    case "segment" -> segments++;
                    case "source" -> {
                        var text = text();
                        inlineMarkup |= text == null;
                        source = text;
                    }
                    case "target" -> {
                        var text = text();
                        inlineMarkup |= text == null;
                        target = text;
                    }
                    default -> {
                        // notes and other metadata a tool may add are ignored
                    }
                }
            }
            var key = XliffUnit.key(id);
            if (key == null) {
                problems.add(ImportProblem.ofUnit(id, "translation.import.problem.unknownId"));
            } else if (!seen.add(id)) {
                problems.add(ImportProblem.ofUnit(id, "translation.import.problem.duplicate"));
            } else if (inlineMarkup) {
                problems.add(ImportProblem.ofUnit(id, "translation.import.problem.inlineMarkup"));
            } else if (segments != 1 || source == null) {
                problems.add(ImportProblem.ofUnit(id, "translation.import.problem.segments"));
            } else if (revision == null) {
                problems.add(ImportProblem.ofUnit(id, "translation.import.problem.noRevision"));
            } else {
                units.add(new XliffUnit(key, revision, markdown, source, target));
            }
        }

        /** The text of a source or target, or null when it holds inline elements this export never writes. */
        private @Nullable String text() throws XMLStreamException {
            var text = new StringBuilder();
            while (true) {
                int event = xml.next();
                switch (event) {
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(xml.getText());
                    case XMLStreamConstants.END_ELEMENT -> {
                        return text.toString();
                    }
                    case XMLStreamConstants.START_ELEMENT -> {
                        skipElement();
                        return skipRest();
                    }
                    case XMLStreamConstants.ENTITY_REFERENCE, XMLStreamConstants.DTD ->
                        throw new XMLStreamException("entity");
                    default -> {
                        // comments and processing instructions carry no text
                    }
                }
            }
        }

        private void skipElement() throws XMLStreamException {
            int depth = 1;
            while (depth > 0) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        }

        /** Skips to the end of the enclosing source or target; returns null to say it held markup. */
        private @Nullable String skipRest() throws XMLStreamException {
            while (true) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    skipElement();
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    return null;
                }
            }
        }
    }
}
