package de.mosaik.reporting.web;

import de.mosaik.reporting.domain.CutOffKind;
import de.mosaik.reporting.domain.PeriodKind;
import de.mosaik.shared.web.FormErrors;
import java.util.List;

/**
 * Saving a report: the report's own parameters travel along as hidden fields.
 *
 * @param from the period's first day, formatted, for the choice "since …"
 */
public record SaveReportPage(
        ReportForm report, SaveForm form, FormErrors errors, String base, String from, String to, String cutOff) {

    public List<PeriodKind> periodKinds() {
        return List.of(PeriodKind.values());
    }

    public List<CutOffKind> cutOffKinds() {
        return List.of(CutOffKind.values());
    }

    public String backHref() {
        return base + "?" + report.query();
    }
}
