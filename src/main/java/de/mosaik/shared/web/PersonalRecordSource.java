package de.mosaik.shared.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A module's part of a person's own record, the overview a person reaches by magic link: each
 * module that keeps data about participants (registrations, attendance, certificates, programme
 * progress) provides a bean of this type, so the overview needs to know none of them.
 */
public interface PersonalRecordSource {

    /** Position of the section on the overview, ascending. */
    int order();

    /**
     * The section about the person with this normalised e-mail address at this tenant, with texts
     * already in the page's language; empty when there is nothing to show.
     */
    Optional<Section> section(UUID tenantId, String emailNormalized, PageContext ctx);

    /** A heading and its entries, e.g. "Teilnahmebescheinigungen" and one entry per certificate. */
    record Section(String heading, List<Entry> entries) {}

    /** One line of a section: a title, details below it, and an optional link (e.g. a PDF download). */
    record Entry(
            String title,
            List<String> details,
            @Nullable String linkHref,
            @Nullable String linkLabel) {}
}
