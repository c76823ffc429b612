package de.mosaik.reporting.web;

import org.jspecify.annotations.Nullable;

/**
 * What the printable report shows besides the report itself: the tenant's header and the texts
 * the template needs, already in the report's language (a PDF template has no page context).
 */
public record ReportPdfPage(
        ReportView view,
        String lang,
        String tenantName,
        @Nullable String logoDataUri,
        String logoAlt,
        String created,
        String persons,
        String participations,
        String hours,
        String events,
        String rulesHeading,
        String totalsHeading,
        String sectionEmpty) {}
