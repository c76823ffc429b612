package de.mosaik.privacy.domain;

import java.util.List;

/** The texts and tables of the access export's PDF, all prepared in the document's language. */
public record AccessExportPage(
        String lang,
        String title,
        String tenantName,
        String intro,
        String summaryHeading,
        List<String> summary,
        List<String> registrations,
        List<String> certificates,
        String tablesHeading,
        String tablesIntro,
        List<Table> tables) {

    /** One table with its rows; a row is a list of column label and value. */
    public record Table(String name, String rowCount, List<List<Field>> rows) {}

    public record Field(String label, String value) {}
}
