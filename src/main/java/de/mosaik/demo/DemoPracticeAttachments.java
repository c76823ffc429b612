package de.mosaik.demo;

import de.mosaik.practice.Author;
import de.mosaik.practice.PracticeAttachmentSetup;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;

/**
 * Attachments of demo practice examples (small PDFs written like the meeting documents, and one PNG chart):
 * Kreis Düren's two examples, the XENOS project and the example waiting for review; and the adopted
 * recommendations of the Qualitätszirkel that demo examples implement, so that the public pages show both
 * directions. Called after the examples and the recommendations are seeded.
 */
@Component
class DemoPracticeAttachments {

    static final String DUEREN_TRAINING =
            "Schulung „Migrationsgesellschaftliche Öffnung und diversitätsorientierte Sensibilisierung“";
    static final String XENOS = "XENOS-Projekt „Option – Kultur“: Vielfalt in elf Verwaltungen";
    static final String DUEREN_DAYS = "Fachtage „Rassismus und (psychische) Gesundheit“";
    static final String SAFETY_TRAININGS = "Sicherheitstrainings für Beschäftigte mit Publikumsverkehr";
    static final String QUALITY_CIRCLE = "Kommunaler Qualitätszirkel zur Integrationspolitik: voneinander lernen";

    /** The demo authors of the tenants' examples are all named so (see DemoPracticeExamples). */
    private static final Author DUEREN = new Author(null, "Jonas Becker", "", "de");

    private static final Author RECKLINGHAUSEN = DUEREN;
    private static final Author EDITORS = new Author(null, "Redaktion Qualitätszirkel", "", "de");

    private final PracticeAttachmentSetup setup;

    DemoPracticeAttachments(PracticeAttachmentSetup setup) {
        this.setup = setup;
    }

    void seed() {
        setup.attachToExample(
                DUEREN_TRAINING,
                DUEREN,
                "Ablauf der Schulung",
                "Ablauf-Schulung-Oeffnung.pdf",
                DemoMeetingDocuments.pdf(
                        "Migrationsgesellschaftliche Öffnung – Ablauf",
                        "Modul 1: Migration und Vielfalt im Kreis Düren",
                        "Modul 2: Diversitätsorientierte Sensibilisierung",
                        "Modul 3: Übertragung in den Arbeitsalltag der Verwaltung"));
        setup.attachToExample(
                DUEREN_TRAINING, DUEREN, "Teilnahmen nach Jahren", "Teilnahmen-nach-Jahren.png", chart(new int[] {
                    40, 65, 90, 120
                }));
        setup.attachToExample(
                XENOS,
                EDITORS,
                "Abschlussbericht (Kurzfassung)",
                "Option-Kultur-Kurzfassung.pdf",
                DemoMeetingDocuments.pdf(
                        "XENOS-Projekt „Option – Kultur“",
                        "Elf Verwaltungen im Kreis Recklinghausen beteiligt",
                        "Fortbildungen zu interkultureller Öffnung",
                        "Ergebnisse und Empfehlungen zur Verstetigung"));
        setup.attachToExample(
                DUEREN_DAYS,
                DUEREN,
                "Programm der Fachtage",
                "Programm-Fachtage.pdf",
                DemoMeetingDocuments.pdf(
                        "Fachtage „Rassismus und (psychische) Gesundheit“",
                        "Vormittag: Vorträge aus Medizin und Beratung",
                        "Nachmittag: Workshops für Fachkräfte"));
        // The example waiting for the Qualitätszirkel's review: its editors read the attachment while reviewing.
        setup.attachToExample(
                SAFETY_TRAININGS,
                RECKLINGHAUSEN,
                "Konzept der Trainings",
                "Konzept-Sicherheitstrainings.pdf",
                DemoMeetingDocuments.pdf(
                        "Sicherheitstrainings – Konzept",
                        "Halbtägige Trainings mit Rollenspielen",
                        "Deeskalation und interkulturelle Kommunikation"));
        setup.linkToRecommendation(
                DUEREN_TRAINING, "Migrationsgesellschaftliche Öffnung der Verwaltungen voranbringen", DUEREN);
        setup.linkToRecommendation(
                DUEREN_TRAINING, "Diversität und Antidiskriminierung in der Kommune verankern", DUEREN);
        setup.linkToRecommendation(XENOS, "Migrationsgesellschaftliche Öffnung der Verwaltungen voranbringen", EDITORS);
        setup.linkToRecommendation(
                QUALITY_CIRCLE, "Erfolgreiche Praxis allen interessierten Kommunen zugänglich machen", EDITORS);
    }

    /** A small bar chart as PNG: one bar per year, no text (the title says what it shows). */
    static byte[] chart(int[] values) {
        var image = new BufferedImage(320, 160, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 320, 160);
            g.setColor(new Color(0x1f, 0x4e, 0x79));
            for (int i = 0; i < values.length; i++) {
                var height = values[i];
                g.fillRect(30 + i * 70, 150 - height, 40, height);
            }
        } finally {
            g.dispose();
        }
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
