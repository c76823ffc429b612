package de.mosaik.feedback.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes a table as CSV the way German spreadsheet programs open it with a double click
 * (semicolons, UTF-8 with byte order mark, CRLF), with every cell that a spreadsheet would take for
 * a formula neutralised: free texts come from anonymous people.
 */
public final class FeedbackCsv {

    private static final CSVFormat FORMAT = CSVFormat.Builder.create()
            .setDelimiter(';')
            .setQuote('"')
            .setQuoteMode(QuoteMode.MINIMAL)
            .setRecordSeparator("\r\n")
            .get();

    private FeedbackCsv() {}

    public static byte[] write(List<String> header, List<List<String>> rows) {
        var bytes = new ByteArrayOutputStream();
        try (var writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                var csv = new CSVPrinter(writer, FORMAT)) {
            writer.write('\uFEFF');
            csv.printRecord(header.stream().map(FeedbackCsv::neutralise).toList());
            for (var row : rows) {
                csv.printRecord(row.stream().map(FeedbackCsv::neutralise).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A leading apostrophe makes a spreadsheet show the cell as text instead of running it. */
    public static String neutralise(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }
}
