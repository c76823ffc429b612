package de.mosaik.reporting.web;

import de.mosaik.reporting.domain.SharedFiguresConsent;
import org.jspecify.annotations.Nullable;

/**
 * The tenant administrator's page to share aggregated figures with the platform.
 *
 * @param changedAt when the consent was last changed, formatted; null while nobody decided
 * @param problem message key of a conflict, if the last save lost against another
 */
public record SharingPage(
        SharedFiguresConsent consent,
        String action,
        @Nullable String changedAt,
        @Nullable String problem) {}
