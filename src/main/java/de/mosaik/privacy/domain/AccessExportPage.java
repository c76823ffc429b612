package de.mosaik.privacy.domain;

import java.util.List;

/**
 * The texts and tables of the access export's PDF, all prepared in the document's language: first
 * the information Art. 15(1) DSGVO asks for, then the person's data event by event, in words a
 * reader understands (no ids, table or column names, no coded values).
 */
public record AccessExportPage(
        String lang,
        String title,
        String tenantName,
        String intro,
        List<Section> information,
        String dataHeading,
        List<String> summary,
        Labels labels,
        List<EventPart> events,
        String otherHeading,
        List<String> other) {

    /** A heading with its paragraphs. */
    public record Section(String heading, List<String> paragraphs) {}

    /** Column and sub-headings the event parts share. */
    public record Labels(
            String entered,
            String field,
            String value,
            String consent,
            String attendance,
            String session,
            String status,
            String note,
            String certificates,
            String programmes) {}

    /** One registration: the event, what the person entered, their consent, attendance and certificates. */
    public record EventPart(
            String title,
            String dates,
            String status,
            String origin,
            List<Field> entered,
            String consent,
            List<AttendanceLine> attendance,
            String noAttendance,
            List<String> certificates,
            List<String> programmes) {}

    public record Field(String label, String value) {}

    public record AttendanceLine(String session, String status, String note) {}
}
