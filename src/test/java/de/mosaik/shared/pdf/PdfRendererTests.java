package de.mosaik.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PdfRendererTests {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="de"><head><meta charset="UTF-8"/><title>Teilnahmebescheinigung</title>
            <style>* { font-family: 'DejaVu Sans'; } h1 { font-weight: bold; }</style></head>
            <body>
            <h1>Teilnahmebescheinigung</h1>
            <p>Jürgen Weiß</p>
            <p>Ayşe Yıldız</p>
            <p>Олена Коваленко</p>
            <p dir="rtl" lang="ar">محمد الأحمد</p>
            <img src="%s" alt="QR-Code zur Prüfung" style="width: 3cm; height: 3cm;"/>
            </body></html>
            """;

    @Test
    void rendersAccessibleArchivablePdfWithNamesInFourScripts() {
        var pdf = new PdfRenderer().render(PAGE.formatted(QrCodes.pngDataUri("https://example.org/x")));

        PdfChecks.assertPdfUaAndPdfA(pdf);
        assertThat(PdfChecks.text(pdf)).contains("Jürgen Weiß", "Ayşe Yıldız", "Олена Коваленко", "محمد الأحمد");
    }
}
