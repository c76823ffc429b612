package de.mosaik.events.web;

import de.mosaik.shared.web.MultiLine;

/** The allowed origins as typed: one per line. */
record ApiSettingsForm(@MultiLine String origins) {}
