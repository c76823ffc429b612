package de.mosaik.reporting.web;

import de.mosaik.reporting.CountingBasis;
import de.mosaik.reporting.ReportDimension;
import de.mosaik.shared.web.FormErrors;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The report form and, once it was filled in correctly, the report below it.
 *
 * @param quickChoices ready-made periods as links, so that no JavaScript is needed to fill the dates
 */
public record ReportsPage(
        ReportForm form,
        FormErrors errors,
        String base,
        List<QuickChoice> quickChoices,
        @Nullable ReportView view) {

    /** A link that runs the report for a common period. */
    public record QuickChoice(String labelKey, String href) {}

    public List<ReportDimension> dimensions() {
        return List.of(ReportDimension.values());
    }

    public List<CountingBasis> bases() {
        return List.of(CountingBasis.values());
    }

    public int firstYear() {
        return ReportForm.FIRST_YEAR;
    }

    public int lastYear() {
        return ReportForm.LAST_YEAR;
    }

    public String csvHref() {
        return base + "/export.csv?" + form.query();
    }

    public String xlsxHref() {
        return base + "/export.xlsx?" + form.query();
    }

    public String pdfHref() {
        return base + "/bericht.pdf?" + form.query();
    }

    public String saveHref() {
        return base + "/speichern?" + form.query();
    }

    public String savedHref() {
        return base + "/gespeichert";
    }
}
