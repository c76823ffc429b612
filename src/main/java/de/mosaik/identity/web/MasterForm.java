package de.mosaik.identity.web;

public record MasterForm(String slug, String name, boolean active, int version) {}
