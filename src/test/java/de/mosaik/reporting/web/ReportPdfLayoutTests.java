package de.mosaik.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.IntegrationTest;
import de.mosaik.reporting.Figures;
import de.mosaik.reporting.ReportDimension;
import de.mosaik.shared.pdf.PdfChecks;
import de.mosaik.shared.web.BackOfficeTenant;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * How the printed report breaks into pages: a heading is never left at the foot of a page while
 * its table starts on the next one, and a table that runs over pages repeats its header row. The
 * sections have every length from one to twelve rows, so that without the rules some heading
 * would land at a page's foot.
 */
class ReportPdfLayoutTests extends IntegrationTest {

    private static final int SECTIONS = 36;

    @Autowired
    ReportPdf pdf;

    @Test
    void headingsStayWithTheirTablesAndLongTablesRepeatTheirHeader() throws IOException {
        var sections = new ArrayList<ReportView.Section>();
        for (int i = 0; i < SECTIONS; i++) {
            var lines = new ArrayList<ReportView.Line>();
            for (int row = 0; row < 1 + (i * 5) % 12; row++) {
                lines.add(line(row == 0 ? "Erste Zeile %02d".formatted(i) : "Zeile %02d-%02d".formatted(i, row)));
            }
            sections.add(section("Abschnitt %02d".formatted(i), "Einteilung", lines));
        }
        var longLines = new ArrayList<ReportView.Line>();
        for (int row = 0; row < 90; row++) {
            longLines.add(line("Lange Zeile %03d".formatted(row)));
        }
        sections.add(section("Abschnitt lang", "Spaltenkopf", longLines));

        var bytes =
                pdf.render(view(sections), new BackOfficeTenant(UUID.randomUUID(), "test", "Testkreis"), Locale.GERMAN);

        var pages = pages(bytes);
        assertThat(pages).hasSizeGreaterThan(5);
        for (int i = 0; i < SECTIONS; i++) {
            var heading = "Abschnitt %02d".formatted(i);
            var first = "Erste Zeile %02d".formatted(i);
            assertThat(pageOf(pages, first))
                    .as("%s and its first row on one page", heading)
                    .isEqualTo(pageOf(pages, heading));
        }
        assertThat(pageOf(pages, "Lange Zeile 000")).isEqualTo(pageOf(pages, "Abschnitt lang"));
        var longPages = pages.stream().filter(p -> p.contains("Lange Zeile")).toList();
        assertThat(longPages)
                .hasSizeGreaterThan(1)
                .allSatisfy(page -> assertThat(page).contains("Spaltenkopf"));
        PdfChecks.assertPdfUaAndPdfA(bytes);
    }

    private static ReportView view(List<ReportView.Section> sections) {
        return new ReportView(
                "Bericht vom 01.01.2025 bis 31.12.2025",
                "Vom 01.01.2025 bis 31.12.2025 (Stichtag 31.01.2026): geschulte Personen: 9.",
                List.of(new ReportView.Entry("Zeitraum", "01.01.2025 – 31.12.2025")),
                List.of("Eine Person zählt in einem Bericht nur einmal."),
                List.of(new ReportView.Entry("Personen", "9")),
                new Figures(9, 12, BigDecimal.TEN, 3),
                3,
                sections,
                null);
    }

    private static ReportView.Section section(String title, String keyHeader, List<ReportView.Line> lines) {
        return new ReportView.Section(
                ReportDimension.EVENT,
                "gliederung",
                title,
                "Personen nach " + title,
                "Die Zeilen ergeben zusammen nicht die Gesamtzahl der Personen.",
                keyHeader,
                lines,
                null,
                null,
                "");
    }

    private static ReportView.Line line(String label) {
        return new ReportView.Line(label, new Figures(1, 1, BigDecimal.ONE, 1), "1", "1", "1", "1");
    }

    private static List<String> pages(byte[] bytes) throws IOException {
        try (var document = Loader.loadPDF(bytes)) {
            var pages = new ArrayList<String>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                var stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return pages;
        }
    }

    private static int pageOf(List<String> pages, String text) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("Not in the document: " + text);
    }
}
