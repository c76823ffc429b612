package de.mosaik.reporting;

import de.mosaik.reporting.domain.CutOffKind;
import de.mosaik.reporting.domain.PeriodKind;
import java.util.ArrayList;
import java.util.List;

/** The reporting module's message keys that are built from enum names at run time. */
public final class ReportingKeys {

    public static final List<String> BUILT_AT_RUN_TIME = keys();

    private ReportingKeys() {}

    private static List<String> keys() {
        var keys = new ArrayList<String>();
        for (var dimension : ReportDimension.values()) {
            keys.add("reporting.dimension." + dimension.name());
        }
        for (var basis : CountingBasis.values()) {
            keys.add("reporting.basis." + basis.name());
            keys.add("reporting.basis.long." + basis.name());
        }
        for (var type : List.of("SCHOOL", "DAYCARE", "HEALTH", "WELFARE", "ADMINISTRATION", "OTHER", "NONE")) {
            keys.add("reporting.institution." + type);
        }
        for (var kind : PeriodKind.values()) {
            keys.add("reporting.saved.periodChoice." + kind.name());
            keys.add("reporting.saved.period." + kind.name());
        }
        for (var kind : CutOffKind.values()) {
            keys.add("reporting.saved.cutOffChoice." + kind.name());
            keys.add("reporting.saved.cutOff." + kind.name());
        }
        return keys;
    }
}
