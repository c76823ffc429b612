package de.mosaik.privacy.domain;

import de.mosaik.privacy.RetentionPeriods;

/** A tenant's periods with the version the settings form sends back, so that two admins cannot overwrite each other. */
public record RetentionSetup(RetentionPeriods periods, int version) {}
