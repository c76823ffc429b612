package de.mosaik.practice;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the author writes of a practice example: the texts, the field of work and target groups (by their
 * enum names), the period, the municipality from the register, an optional contact person (shown publicly
 * only with {@code contactConsent}), links one per line, and the network that reviews it.
 */
public record ExampleDraft(
        UUID networkId,
        String title,
        String summary,
        String fieldOfWork,
        List<String> targetGroups,
        String goals,
        String approach,
        String resources,
        String fundingProgramme,
        String results,
        String lessonsLearned,
        String transferability,
        @Nullable LocalDate periodFrom,
        @Nullable LocalDate periodTo,
        @Nullable UUID organisationId,
        String contactName,
        String contactEmail,
        boolean contactConsent,
        String links) {

    public ExampleDraft {
        targetGroups = List.copyOf(targetGroups);
    }

    /** The fields by their form names, as text, for the version snapshot and to see what changed. */
    public Map<String, String> fields() {
        var fields = new LinkedHashMap<String, String>();
        fields.put("networkId", networkId.toString());
        fields.put("title", title);
        fields.put("summary", summary);
        fields.put("fieldOfWork", fieldOfWork);
        fields.put("targetGroups", String.join(",", targetGroups));
        fields.put("goals", goals);
        fields.put("approach", approach);
        fields.put("resources", resources);
        fields.put("fundingProgramme", fundingProgramme);
        fields.put("results", results);
        fields.put("lessonsLearned", lessonsLearned);
        fields.put("transferability", transferability);
        fields.put("periodFrom", periodFrom == null ? "" : periodFrom.toString());
        fields.put("periodTo", periodTo == null ? "" : periodTo.toString());
        fields.put("organisationId", organisationId == null ? "" : organisationId.toString());
        fields.put("contactName", contactName);
        fields.put("contactEmail", contactEmail);
        fields.put("contactConsent", Boolean.toString(contactConsent));
        fields.put("links", links);
        return fields;
    }
}
