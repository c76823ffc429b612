package de.mosaik.demo;

import de.mosaik.networks.MeetingDocuments;
import de.mosaik.networks.MeetingDocuments.DocumentKind;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Documents of a demo meeting of the Qualitätszirkel: the slides of the welcome, the draft minutes and the
 * travel notes, as small PDFs written here, so that the documents page of the meeting shows what members
 * find there. Called with the meeting the demo meetings create.
 */
@Component
public class DemoMeetingDocuments {

    static final String UPLOADER = "Geschäftsstelle Qualitätszirkel (Stuttgart)";

    private final MeetingDocuments documents;

    DemoMeetingDocuments(MeetingDocuments documents) {
        this.documents = documents;
    }

    /** Attaches three documents to the meeting of this network; returns their ids. */
    public List<UUID> seed(UUID networkId, UUID meetingId) {
        return List.of(
                documents.attach(
                        networkId,
                        meetingId,
                        "Begrüßung und Einführung",
                        DocumentKind.SLIDES,
                        "Begruessung-und-Einfuehrung.pdf",
                        pdf(
                                "Kommunaler Qualitätszirkel zur Integrationspolitik",
                                "Begrüßung durch den Kreis Düren als Gastgeber",
                                "Rückblick auf die Empfehlungen des letzten Treffens",
                                "Ablauf der zwei Tage und Arbeitsgruppen"),
                        null,
                        UPLOADER),
                documents.attach(
                        networkId,
                        meetingId,
                        "Protokoll (Entwurf)",
                        DocumentKind.MINUTES,
                        "Protokoll-Entwurf.pdf",
                        pdf(
                                "Protokoll (Entwurf)",
                                "TOP 1: Migrationsgesellschaftliche Öffnung der Verwaltung",
                                "TOP 2: Bericht aus den Mitgliedskommunen",
                                "TOP 3: Empfehlungen zur Abstimmung"),
                        null,
                        UPLOADER),
                documents.attach(
                        networkId,
                        meetingId,
                        "Anreise und Tagungsort",
                        DocumentKind.OTHER,
                        "Anreise.pdf",
                        pdf(
                                "Anreise und Tagungsort",
                                "Kreishaus Düren, Bismarckstraße 16, 52351 Düren",
                                "Vom Bahnhof Düren etwa zehn Minuten zu Fuß"),
                        null,
                        UPLOADER));
    }

    /**
     * A one-page PDF with a heading and lines of text in Helvetica (WinAnsi, so umlauts show), with a
     * correct cross-reference table. Small on purpose: demo seeding stays fast.
     */
    static byte[] pdf(String heading, String... lines) {
        var text = new StringBuilder("BT /F1 20 Tf 56 780 Td (")
                .append(escape(heading))
                .append(") Tj ET\n");
        var y = 740;
        for (var line : lines) {
            text.append("BT /F1 12 Tf 56 ")
                    .append(y)
                    .append(" Td (")
                    .append(escape(line))
                    .append(") Tj ET\n");
            y -= 22;
        }
        var stream = text.toString().getBytes(StandardCharsets.ISO_8859_1);
        var objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >>"
                        + " /Contents 5 0 R >>",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
                "<< /Length " + stream.length + " >>\nstream\n" + new String(stream, StandardCharsets.ISO_8859_1)
                        + "endstream");
        var out = new ByteArrayOutputStream();
        var offsets = new ArrayList<Integer>();
        write(out, "%PDF-1.4\n");
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        var xref = out.size();
        var table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (var offset : offsets) {
            table.append(String.format("%010d 00000 n \n", offset));
        }
        write(
                out,
                table + "trailer\n<< /Size " + (objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + xref
                        + "\n%%EOF\n");
        return out.toByteArray();
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
