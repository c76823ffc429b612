package de.mosaik.identity;

/** The data a tenant starts with. */
public record NewTenant(String slug, String name, TenantDetails details) {}
