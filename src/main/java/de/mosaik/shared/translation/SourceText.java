package de.mosaik.shared.translation;

/**
 * One field's German source text; {@code markdown} when the field is rich text in Markdown, so that a
 * translation keeps its markup and an import can refuse broken markup.
 */
public record SourceText(String field, String german, boolean markdown) {}
