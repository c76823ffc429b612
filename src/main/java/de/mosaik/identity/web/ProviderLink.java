package de.mosaik.identity.web;

/** A way to log in through the municipality's identity provider. */
public record ProviderLink(String name, String href) {}
