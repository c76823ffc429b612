package de.mosaik.registration.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes a table as CSV the way German spreadsheet programs open it with a double click: semicolons,
 * UTF-8 with a byte order mark (else umlauts break), CRLF line ends.
 */
public final class CsvExport {

    private static final CSVFormat FORMAT = CSVFormat.Builder.create()
            .setDelimiter(';')
            .setQuote('"')
            .setQuoteMode(QuoteMode.MINIMAL)
            .setRecordSeparator("\r\n")
            .get();

    private CsvExport() {}

    public static byte[] write(ParticipantExport.Table table) {
        var bytes = new ByteArrayOutputStream();
        try (var writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                var csv = new CSVPrinter(writer, FORMAT)) {
            writer.write('\uFEFF');
            csv.printRecord(table.header());
            for (var row : table.rows()) {
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
