package de.mosaik.reporting.web;

import de.mosaik.shared.text.SpreadsheetCsv;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The report as spreadsheets: CSV in long format (the question and its counting rules on top, then
 * one line per breakdown row, so one file opens as one table) and XLSX with an overview sheet and
 * one sheet per breakdown. Neither carries internal ids: rows are named in the staff's language.
 * Names come from what staff typed (event titles, terms), so every text cell is neutralised against
 * formulas; the counts are written as numbers so that they can be summed.
 */
final class ReportFiles {

    private ReportFiles() {}

    /**
     * The column headers: dimension, name, persons, participations, hours, events; the labels of
     * the total row and of the events held, which differ from the events with counted participations;
     * the heading of the counting rules.
     */
    record Headers(
            List<String> columns, String total, String eventsHeld, String overview, String rules, Locale locale) {}

    /**
     * The question comes first: title, period, cut-off day, counting basis and the counting rules in
     * words, one per line, so that a figure copied out of the file can still be told what it counts.
     * Then, after an empty line, the table. Rows are named, never keyed by internal ids.
     */
    static byte[] csv(ReportView view, Headers headers) {
        var rows = new ArrayList<List<String>>();
        for (var entry : view.request()) {
            rows.add(List.of(entry.label(), entry.value()));
        }
        for (var rule : view.rules()) {
            rows.add(List.of(headers.rules(), rule));
        }
        rows.add(List.of());
        rows.add(headers.columns());
        var totals = view.figures();
        rows.add(List.of(
                headers.total(),
                "",
                String.valueOf(totals.persons()),
                String.valueOf(totals.participations()),
                hours(totals.hours(), headers.locale()),
                String.valueOf(totals.events())));
        rows.add(List.of(headers.eventsHeld(), "", "", "", "", String.valueOf(view.eventsHeld())));
        for (var section : view.sections()) {
            for (var line : section.lines()) {
                rows.add(List.of(
                        section.keyHeader(),
                        line.label(),
                        String.valueOf(line.figures().persons()),
                        String.valueOf(line.figures().participations()),
                        hours(line.figures().hours(), headers.locale()),
                        String.valueOf(line.figures().events())));
            }
        }
        return SpreadsheetCsv.write(List.of(view.title()), rows);
    }

    /** Hours with the language's decimal separator and no grouping, as spreadsheets read numbers. */
    private static String hours(BigDecimal hours, Locale locale) {
        var format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(false);
        format.setMaximumFractionDigits(2);
        return format.format(hours);
    }

    static byte[] xlsx(ReportView view, Headers headers) {
        var bytes = new ByteArrayOutputStream();
        try {
            var workbook = new Workbook(bytes, "Mosaik", "1.0");
            var names = new HashSet<String>();
            overview(workbook.newWorksheet(sheetName(headers.overview(), names)), view, headers);
            for (var section : view.sections()) {
                breakdown(workbook.newWorksheet(sheetName(section.keyHeader(), names)), section, headers);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void overview(Worksheet sheet, ReportView view, Headers headers) {
        int row = 0;
        text(sheet, row, 0, view.title());
        sheet.style(row, 0).bold().set();
        text(sheet, ++row, 0, view.headline());
        row++;
        row = entries(sheet, row + 1, view.request());
        text(sheet, ++row, 0, headers.rules());
        sheet.style(row, 0).bold().set();
        for (var rule : view.rules()) {
            text(sheet, ++row, 0, rule);
        }
        row++;
        row = entries(sheet, row + 1, view.totals());
        // The totals name the events held; the breakdowns count events with counted participations.
        text(sheet, row, 0, headers.columns().get(5));
        sheet.value(row, 1, view.figures().events());
        var feedback = view.feedback();
        if (feedback != null) {
            row++;
            text(sheet, ++row, 0, feedback.heading());
            sheet.style(row, 0).bold().set();
            row = entries(sheet, row + 1, feedback.figures());
            row = entries(sheet, row + 1, feedback.ratings());
            text(sheet, ++row, 0, feedback.note());
        }
        sheet.width(0, 40);
        sheet.width(1, 30);
    }

    private static int entries(Worksheet sheet, int first, List<ReportView.Entry> entries) {
        int row = first;
        for (var entry : entries) {
            text(sheet, row, 0, entry.label());
            text(sheet, row, 1, entry.value());
            row++;
        }
        return row;
    }

    private static void breakdown(Worksheet sheet, ReportView.Section section, Headers headers) {
        text(sheet, 0, 0, section.caption());
        sheet.style(0, 0).bold().set();
        text(sheet, 1, 0, section.note());
        var columns = headers.columns().subList(1, headers.columns().size());
        for (int column = 0; column < columns.size(); column++) {
            text(sheet, 3, column, column == 0 ? section.keyHeader() : columns.get(column));
            sheet.style(3, column).bold().set();
        }
        int row = 4;
        for (var line : section.lines()) {
            text(sheet, row, 0, line.label());
            sheet.value(row, 1, line.figures().persons());
            sheet.value(row, 2, line.figures().participations());
            sheet.value(row, 3, line.figures().hours());
            sheet.value(row, 4, line.figures().events());
            row++;
        }
        sheet.freezePane(0, 4);
        sheet.width(0, 40);
    }

    /** Text cells only through here: never a formula, and neutralised for copying elsewhere. */
    private static void text(Worksheet sheet, int row, int column, String value) {
        sheet.value(row, column, SpreadsheetCsv.neutralise(value));
    }

    /** Excel allows 31 characters, none of {@code []:*?/\}, and each name once. */
    static String sheetName(String name, java.util.Set<String> taken) {
        var clean = name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        clean = clean.length() > 28 ? clean.substring(0, 28) : clean;
        var unique = clean;
        for (int i = 2; !taken.add(unique.toLowerCase(java.util.Locale.ROOT)); i++) {
            unique = clean + " " + i;
        }
        return unique;
    }
}
