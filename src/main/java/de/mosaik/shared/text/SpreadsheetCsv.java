package de.mosaik.shared.text;

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
 * (semicolons, UTF-8 with a byte order mark — else umlauts break — and CRLF line ends), with every
 * cell that a spreadsheet would take for a formula neutralised, since cells hold people's input.
 */
public final class SpreadsheetCsv {

    private static final CSVFormat FORMAT = CSVFormat.Builder.create()
            .setDelimiter(';')
            .setQuote('"')
            .setQuoteMode(QuoteMode.MINIMAL)
            .setRecordSeparator("\r\n")
            .get();

    private SpreadsheetCsv() {}

    public static byte[] write(List<String> header, List<List<String>> rows) {
        var bytes = new ByteArrayOutputStream();
        try (var writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                var csv = new CSVPrinter(writer, FORMAT)) {
            writer.write('\uFEFF');
            csv.printRecord(header.stream().map(SpreadsheetCsv::neutralise).toList());
            for (var row : rows) {
                csv.printRecord(row.stream().map(SpreadsheetCsv::neutralise).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * A leading apostrophe keeps a cell starting with {@code = + - @}, a tab or a carriage return
     * from being run as a formula; the spreadsheet shows it as text. Applying it twice changes nothing.
     */
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
