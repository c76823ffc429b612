package de.mosaik.privacy.web;

import de.mosaik.privacy.RetentionPeriods;
import de.mosaik.shared.web.FormErrors;
import org.jspecify.annotations.Nullable;

/** What the retention settings page shows: the form, its errors and where it goes. */
public record RetentionPage(
        RetentionForm form, FormErrors errors, @Nullable String problem, String action, String archiveHref) {

    public RetentionPeriods defaults() {
        return RetentionPeriods.DEFAULTS;
    }
}
