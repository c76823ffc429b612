package de.mosaik.shared;

/** Whether this installation shows demo tenants and accounts to explore. */
public record DemoMode(boolean enabled) {}
