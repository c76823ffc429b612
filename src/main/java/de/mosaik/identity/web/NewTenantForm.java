package de.mosaik.identity.web;

public record NewTenantForm(String slug, String name, String adminEmail, String adminName) {}
