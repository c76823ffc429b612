package de.mosaik.identity.web;

public record AcceptForm(String displayName, String password, String confirmation) {}
