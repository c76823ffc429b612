package de.mosaik.reporting;

import java.util.UUID;

/** Reports from the pseudonymous participation facts; they give the same numbers before and after deletion. */
public interface PeriodReports {

    PeriodReport report(UUID tenantId, ReportRequest request);
}
