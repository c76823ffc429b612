package de.mosaik.portal.domain;

/** One section of the start page in the tenant's order; hidden ones stay in the list for the back office. */
public record StartSection(SectionKind kind, boolean visible) {}
