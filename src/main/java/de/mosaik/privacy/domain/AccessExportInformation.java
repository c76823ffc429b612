package de.mosaik.privacy.domain;

import de.mosaik.identity.Tenants;
import de.mosaik.privacy.RetentionSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The information Art. 15(1) DSGVO owes every person besides their data: who is responsible,
 * purposes, recipients, the tenant's own retention periods, where the data came from, the rights
 * and the supervisory authority. The authority is chosen by federal state, so that a tenant outside
 * North Rhine-Westphalia only needs another bundle entry.
 */
@Component
class AccessExportInformation {

    private final MessageSource messages;
    private final Tenants tenants;
    private final RetentionSettings retention;
    private final String authority;

    AccessExportInformation(
            MessageSource messages,
            Tenants tenants,
            RetentionSettings retention,
            @Value("${mosaik.privacy.supervisory-authority:nrw}") String authority) {
        this.messages = messages;
        this.tenants = tenants;
        this.retention = retention;
        this.authority = authority;
    }

    List<AccessExportPage.Section> sections(UUID tenantId, String tenantName, Locale locale) {
        return List.of(
                section(locale, "persons.pdf.art15.controller", controller(tenantId, tenantName, locale)),
                section(
                        locale,
                        "persons.pdf.art15.purposes",
                        List.of(
                                t(locale, "persons.pdf.art15.purposes.text"),
                                t(locale, "persons.pdf.art15.categories"))),
                section(
                        locale,
                        "persons.pdf.art15.recipients",
                        List.of(t(locale, "persons.pdf.art15.recipients.text"))),
                section(locale, "persons.pdf.art15.retention", retention(tenantId, locale)),
                section(locale, "persons.pdf.art15.origin", List.of(t(locale, "persons.pdf.art15.origin.text"))),
                section(
                        locale,
                        "persons.pdf.art15.rights",
                        List.of(
                                t(locale, "persons.pdf.art15.rights.rectification"),
                                t(locale, "persons.pdf.art15.rights.erasure"),
                                t(locale, "persons.pdf.art15.rights.restriction"),
                                t(locale, "persons.pdf.art15.rights.objection"),
                                t(locale, "persons.pdf.art15.rights.consent"))),
                section(
                        locale,
                        "persons.pdf.art15.complaint",
                        List.of(
                                t(locale, "persons.pdf.art15.complaint.text"),
                                t(locale, "persons.pdf.authority." + authority))));
    }

    private List<String> controller(UUID tenantId, String tenantName, Locale locale) {
        var lines = new ArrayList<String>();
        lines.add(t(locale, "persons.pdf.art15.controller.text", tenantName));
        tenants.byId(tenantId).ifPresent(tenant -> {
            var address =
                    joined(tenant.centreName(), tenant.street(), (tenant.postalCode() + " " + tenant.city()).trim());
            if (!address.isEmpty()) {
                lines.add(address);
            }
            var contact = joined(tenant.phone(), tenant.email(), tenant.website());
            if (!contact.isEmpty()) {
                lines.add(t(locale, "persons.pdf.art15.controller.contact", contact));
            }
        });
        return lines;
    }

    private List<String> retention(UUID tenantId, Locale locale) {
        var periods = retention.periodsOf(tenantId);
        var lines = new ArrayList<String>();
        lines.add(t(locale, "retentionnotice.intro"));
        lines.add(t(locale, "retentionnotice.registrations", periods.registrationMonths()));
        lines.add(t(locale, "retentionnotice.certificates", periods.certificateRegisterYears()));
        lines.add(t(locale, "retentionnotice.feedback", periods.feedbackTextMonths()));
        lines.add(t(locale, "retentionnotice.mails", periods.sentMailDays()));
        lines.add(t(locale, "retentionnotice.accessLog", periods.accessLogMonths()));
        if (periods.archiveOffer()) {
            lines.add(t(locale, "retentionnotice.archive", periods.archiveDecisionDays()));
        }
        lines.add(t(locale, "retentionnotice.statistics"));
        return lines;
    }

    private AccessExportPage.Section section(Locale locale, String heading, List<String> paragraphs) {
        return new AccessExportPage.Section(t(locale, heading), paragraphs);
    }

    private static String joined(String... parts) {
        return String.join(", ", Stream.of(parts).filter(p -> !p.isBlank()).toList());
    }

    private String t(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
