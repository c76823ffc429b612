package de.mosaik.practice.web;

import de.mosaik.organisations.Organisation;
import de.mosaik.practice.ExampleDraft;
import de.mosaik.practice.PracticeFields;
import de.mosaik.practice.TargetGroups;
import de.mosaik.practice.domain.PracticeExample;
import de.mosaik.shared.web.MultiLine;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * A practice example as the author types it. Everything stays text, so that a refused form comes back
 * exactly as typed; {@code municipality} is the name of a body in the register, {@code links} one address
 * per line, {@code version} the example's version the page showed.
 */
public record PracticeForm(
        String network,
        String title,
        @MultiLine String summary,
        String fieldOfWork,
        @Nullable List<String> targetGroups,
        @MultiLine String goals,
        @MultiLine String approach,
        @MultiLine String resources,
        String fundingProgramme,
        @MultiLine String results,
        @MultiLine String lessonsLearned,
        @MultiLine String transferability,
        String periodFrom,
        String periodTo,
        String municipality,
        String contactName,
        String contactEmail,
        String contactConsent,
        @MultiLine String links,
        int version) {

    static final int TITLE_MAX = 300;
    static final int TEXT_MAX = 20_000;
    static final int SHORT_MAX = 200;
    static final int LINKS_MAX = 20;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public PracticeForm {
        network = clean(network);
        title = clean(title);
        summary = clean(summary);
        fieldOfWork = clean(fieldOfWork);
        targetGroups = targetGroups == null ? List.of() : List.copyOf(targetGroups);
        goals = clean(goals);
        approach = clean(approach);
        resources = clean(resources);
        fundingProgramme = clean(fundingProgramme);
        results = clean(results);
        lessonsLearned = clean(lessonsLearned);
        transferability = clean(transferability);
        periodFrom = clean(periodFrom);
        periodTo = clean(periodTo);
        municipality = clean(municipality);
        contactName = clean(contactName);
        contactEmail = clean(contactEmail);
        contactConsent = clean(contactConsent);
        links = clean(links);
    }

    static PracticeForm blank(@Nullable UUID network, String municipality) {
        return new PracticeForm(
                network == null ? "" : network.toString(),
                "",
                "",
                "",
                List.of(),
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                municipality,
                "",
                "",
                "",
                "",
                0);
    }

    static PracticeForm of(PracticeExample example, String municipality) {
        var d = example.draft();
        return new PracticeForm(
                d.networkId().toString(),
                d.title(),
                d.summary(),
                d.fieldOfWork(),
                d.targetGroups(),
                d.goals(),
                d.approach(),
                d.resources(),
                d.fundingProgramme(),
                d.results(),
                d.lessonsLearned(),
                d.transferability(),
                d.periodFrom() == null ? "" : d.periodFrom().toString(),
                d.periodTo() == null ? "" : d.periodTo().toString(),
                municipality,
                d.contactName(),
                d.contactEmail(),
                d.contactConsent() ? "true" : "",
                d.links(),
                example.version());
    }

    PracticeForm withVersion(int newVersion) {
        return new PracticeForm(
                network,
                title,
                summary,
                fieldOfWork,
                targetGroups,
                goals,
                approach,
                resources,
                fundingProgramme,
                results,
                lessonsLearned,
                transferability,
                periodFrom,
                periodTo,
                municipality,
                contactName,
                contactEmail,
                contactConsent,
                links,
                newVersion);
    }

    public boolean consents() {
        return !contactConsent.isEmpty() && !contactConsent.equals("false");
    }

    public boolean targets(String group) {
        return targetGroups != null && targetGroups.contains(group);
    }

    /** Checks the texts; {@code networks} the networks the author may choose, {@code body} the register's match. */
    void check(Errors errors, List<UUID> networks, @Nullable Organisation body) {
        if (networkId() == null || !networks.contains(networkId())) {
            errors.rejectValue("network", "practiceoffice.error.network");
        }
        if (title.isEmpty()) {
            errors.rejectValue("title", "practiceoffice.error.title");
        } else if (title.length() > TITLE_MAX) {
            errors.rejectValue("title", "practiceoffice.error.tooLong");
        }
        if (summary.isEmpty()) {
            errors.rejectValue("summary", "practiceoffice.error.summary");
        }
        if (PracticeFields.of(fieldOfWork).isEmpty()) {
            errors.rejectValue("fieldOfWork", "practiceoffice.error.fieldOfWork");
        }
        if (targetGroups == null
                || targetGroups.isEmpty()
                || targetGroups.stream().anyMatch(g -> TargetGroups.of(g).isEmpty())) {
            errors.rejectValue("targetGroups", "practiceoffice.error.targetGroups");
        }
        for (var field :
                List.of("summary", "goals", "approach", "resources", "results", "lessonsLearned", "transferability")) {
            if (String.valueOf(errors.getFieldValue(field)).length() > TEXT_MAX) {
                errors.rejectValue(field, "practiceoffice.error.tooLong");
            }
        }
        for (var field : List.of("fundingProgramme", "contactName", "municipality")) {
            if (String.valueOf(errors.getFieldValue(field)).length() > SHORT_MAX) {
                errors.rejectValue(field, "practiceoffice.error.tooLong");
            }
        }
        var from = date(periodFrom);
        var to = date(periodTo);
        if (from == null && !periodFrom.isEmpty()) {
            errors.rejectValue("periodFrom", "practiceoffice.error.date");
        }
        if (to == null && !periodTo.isEmpty()) {
            errors.rejectValue("periodTo", "practiceoffice.error.date");
        } else if (from != null && to != null && to.isBefore(from)) {
            errors.rejectValue("periodTo", "practiceoffice.error.periodOrder");
        }
        if (body == null) {
            errors.rejectValue("municipality", "practiceoffice.error.municipality");
        }
        if (!contactEmail.isEmpty()
                && (contactEmail.length() > 254 || !EMAIL.matcher(contactEmail).matches())) {
            errors.rejectValue("contactEmail", "practiceoffice.error.email");
        }
        if (consents() && contactName.isEmpty() && contactEmail.isEmpty()) {
            errors.rejectValue("contactName", "practiceoffice.error.contactMissing");
        }
        var lines = linkList();
        if (lines.size() > LINKS_MAX) {
            errors.rejectValue("links", "practiceoffice.error.linksTooMany");
        } else if (lines.stream().anyMatch(l -> !webAddress(l))) {
            errors.rejectValue("links", "practiceoffice.error.links");
        }
    }

    ExampleDraft draft(UUID organisationId) {
        return new ExampleDraft(
                java.util.Objects.requireNonNull(networkId()),
                title,
                summary,
                fieldOfWork,
                targetGroups == null
                        ? List.of()
                        : targetGroups.stream().distinct().toList(),
                goals,
                approach,
                resources,
                fundingProgramme,
                results,
                lessonsLearned,
                transferability,
                date(periodFrom),
                date(periodTo),
                organisationId,
                contactName,
                contactEmail.toLowerCase(Locale.ROOT),
                consents(),
                String.join("\n", linkList()));
    }

    @Nullable
    UUID networkId() {
        try {
            return network.isEmpty() ? null : UUID.fromString(network);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    List<String> linkList() {
        return Arrays.stream(links.split("\\R"))
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .distinct()
                .toList();
    }

    /** Only web addresses: a link in the library must not run script or open a local file. */
    static boolean webAddress(String link) {
        if (link.length() > 2000) {
            return false;
        }
        try {
            var uri = new URI(link);
            var scheme = uri.getScheme();
            return scheme != null
                    && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null
                    && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static @Nullable LocalDate date(String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            var date = LocalDate.parse(value);
            return date.getYear() < 1950 || date.getYear() > 2100 ? null : date;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String clean(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}
