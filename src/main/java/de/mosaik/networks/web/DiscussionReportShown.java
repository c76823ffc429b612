package de.mosaik.networks.web;

import de.mosaik.networks.domain.DiscussionReport;

/** A report on the coordination's page, with its post as the thread page would show it. */
public record DiscussionReportShown(DiscussionReport report, DiscussionPostShown post) {}
