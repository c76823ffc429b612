package de.mosaik.shared.files;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.networks.MeetingDocumentsTests;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The format of a document is told by its bytes; anything unexpected or broken is no format. */
class DocumentFormatTests {

    @Test
    void knownFormats() throws Exception {
        assertThat(DocumentFormat.of("%PDF-1.7".getBytes(StandardCharsets.US_ASCII)))
                .map(DocumentFormat::contentType)
                .contains("application/pdf");
        assertThat(DocumentFormat.of(MeetingDocumentsTests.ooxml("ppt/presentation.xml")))
                .map(DocumentFormat::extension)
                .contains("pptx");
        assertThat(DocumentFormat.of(
                        MeetingDocumentsTests.openDocument("application/vnd.oasis.opendocument.spreadsheet")))
                .map(DocumentFormat::extension)
                .contains("ods");
    }

    @Test
    void unknownAndBrokenContentIsNoFormat() {
        assertThat(DocumentFormat.of(new byte[0])).isEmpty();
        assertThat(DocumentFormat.of("PK\3\4".getBytes(StandardCharsets.ISO_8859_1)))
                .isEmpty();
        var truncatedZip = new byte[200];
        System.arraycopy("PK\3\4".getBytes(StandardCharsets.ISO_8859_1), 0, truncatedZip, 0, 4);
        assertThat(DocumentFormat.of(truncatedZip)).isEmpty();
        assertThat(DocumentFormat.of(" %PDF-1.4".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
        assertThat(DocumentFormat.of("GIF89a".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
    }
}
