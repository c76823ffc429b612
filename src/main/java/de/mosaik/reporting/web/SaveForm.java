package de.mosaik.reporting.web;

import de.mosaik.reporting.ReportDimension;
import de.mosaik.reporting.ReportRequest;
import de.mosaik.reporting.domain.CutOffKind;
import de.mosaik.reporting.domain.PeriodKind;
import de.mosaik.reporting.domain.ReportDefinition;
import de.mosaik.reporting.domain.SavedReportService;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * The name of a report to save and how its period and cut-off day move on when it is run later.
 * Named like the form fields (German) since the binder matches them by name.
 */
public record SaveForm(String name, String zeitraum, String stichtagArt) {

    public SaveForm {
        name = name == null ? "" : name.strip();
        zeitraum = zeitraum == null ? "" : zeitraum.strip();
        stichtagArt = stichtagArt == null ? "" : stichtagArt.strip();
    }

    void check(Errors errors) {
        if (name.isEmpty()) {
            errors.rejectValue("name", "reporting.saved.error.name");
        } else if (name.length() > SavedReportService.NAME_MAX) {
            errors.rejectValue(
                    "name", "reporting.saved.error.nameTooLong", new Object[] {SavedReportService.NAME_MAX}, null);
        }
        if (periodKind() == null) {
            errors.rejectValue("zeitraum", "reporting.saved.error.period");
        }
        if (cutOffKind() == null) {
            errors.rejectValue("stichtagArt", "reporting.saved.error.cutOff");
        }
    }

    /** The definition to save; only after {@link #check} found nothing. */
    ReportDefinition definition(ReportRequest request, List<ReportDimension> breakdowns) {
        var period = Objects.requireNonNull(periodKind());
        var cutOff = Objects.requireNonNull(cutOffKind());
        return new ReportDefinition(
                period,
                period == PeriodKind.FIXED || period == PeriodKind.SINCE ? request.from() : null,
                period == PeriodKind.FIXED ? request.to() : null,
                cutOff,
                cutOff == CutOffKind.FIXED ? request.cutOff() : null,
                request.basis(),
                request.includeCancelled(),
                request.includeNoShows(),
                breakdowns);
    }

    public boolean period(PeriodKind kind) {
        return kind.name().equals(zeitraum);
    }

    public boolean cutOff(CutOffKind kind) {
        return kind.name().equals(stichtagArt);
    }

    private @Nullable PeriodKind periodKind() {
        for (var kind : PeriodKind.values()) {
            if (kind.name().equals(zeitraum)) {
                return kind;
            }
        }
        return null;
    }

    private @Nullable CutOffKind cutOffKind() {
        for (var kind : CutOffKind.values()) {
            if (kind.name().equals(stichtagArt)) {
                return kind;
            }
        }
        return null;
    }
}
