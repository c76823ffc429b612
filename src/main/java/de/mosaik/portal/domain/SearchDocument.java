package de.mosaik.portal.domain;

import de.mosaik.shared.translation.ShownText;

/**
 * One public thing as the search reads it, in the reader's language: its title, its short summary and its
 * body as plain text (Markdown marks removed), each the published translation or the German source.
 */
record SearchDocument(SearchKind kind, String path, ShownText title, ShownText summary, ShownText body) {}
