package de.mosaik.registration.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.dhatim.fastexcel.Workbook;

/**
 * Writes a table as an XLSX workbook with one sheet. Every cell is a string cell, never a formula;
 * the table's cells are neutralised besides, so that copying them elsewhere is safe too.
 */
public final class XlsxExport {

    private XlsxExport() {}

    public static byte[] write(ParticipantExport.Table table, String sheetName) {
        var bytes = new ByteArrayOutputStream();
        try {
            var workbook = new Workbook(bytes, "Mosaik", "1.0");
            var sheet = workbook.newWorksheet(sheetName(sheetName));
            for (int column = 0; column < table.header().size(); column++) {
                sheet.value(0, column, table.header().get(column));
                sheet.style(0, column).bold().set();
            }
            for (int row = 0; row < table.rows().size(); row++) {
                var cells = table.rows().get(row);
                for (int column = 0; column < cells.size(); column++) {
                    sheet.value(row + 1, column, cells.get(column));
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
    private static String sheetName(String name) {
        var clean = name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return clean.length() > 31 ? clean.substring(0, 31) : clean;
    }
}
