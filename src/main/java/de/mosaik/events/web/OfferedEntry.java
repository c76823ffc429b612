package de.mosaik.events.web;

import de.mosaik.events.CatalogueEntry;

/** An event of another tenant in a tenant's catalogue (a network's shared training), and who offers it. */
public record OfferedEntry(CatalogueEntry entry, String offeredBy) {}
