package de.mosaik.events.web;

/** The allowed origins as typed: one per line. */
record ApiSettingsForm(String origins) {}
