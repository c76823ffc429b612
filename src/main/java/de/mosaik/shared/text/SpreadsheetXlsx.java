package de.mosaik.shared.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;

/**
 * Writes one table as an XLSX workbook with one sheet: a bold, frozen header row and every cell as neutralised
 * text, never a formula; {@link #write} also writes whole numbers as numbers (so they can be summed), for
 * tables of figures, {@link #writeText} keeps them as text (phone numbers, postcodes keep their leading zero).
 */
public final class SpreadsheetXlsx {

    private SpreadsheetXlsx() {}

    /** A table of figures: whole numbers become number cells. */
    public static byte[] write(String sheetName, List<String> header, List<List<String>> rows) {
        return write(sheetName, header, rows, true);
    }

    /** A table of texts: every cell a text cell. */
    public static byte[] writeText(String sheetName, List<String> header, List<List<String>> rows) {
        return write(sheetName, header, rows, false);
    }

    private static byte[] write(String sheetName, List<String> header, List<List<String>> rows, boolean numbers) {
        var bytes = new ByteArrayOutputStream();
        try {
            var workbook = new Workbook(bytes, "Mosaik", "1.0");
            var sheet = workbook.newWorksheet(sheetName(sheetName));
            for (int column = 0; column < header.size(); column++) {
                sheet.value(0, column, SpreadsheetCsv.neutralise(header.get(column)));
                sheet.style(0, column).bold().set();
            }
            for (int row = 0; row < rows.size(); row++) {
                var cells = rows.get(row);
                for (int column = 0; column < cells.size(); column++) {
                    var cell = cells.get(column);
                    if (numbers && cell.matches("-?\\d{1,15}")) {
                        sheet.value(row + 1, column, Long.parseLong(cell));
                    } else {
                        sheet.value(row + 1, column, SpreadsheetCsv.neutralise(cell));
                    }
                }
            }
            sheet.freezePane(0, 1);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Excel allows 31 characters and none of {@code []:*?/\}. */
    static String sheetName(String name) {
        var clean = name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return clean.isEmpty() ? "Tabelle" : clean.length() > 31 ? clean.substring(0, 31) : clean;
    }
}
