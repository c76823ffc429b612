package de.mosaik.reporting;

import org.jspecify.annotations.Nullable;

/**
 * One line of a breakdown.
 *
 * @param key what the line is about: a year ({@code 2024}), quarter ({@code 2024-Q2}), month
 *     ({@code 2024-06}), term or event id, or institution type; empty for "not stated"
 * @param name the German name (term, event title) or the key again
 * @param code a built-in term's or institution type's code, to be shown in the page's language
 */
public record ReportRow(String key, String name, @Nullable String code, Figures figures) {}
