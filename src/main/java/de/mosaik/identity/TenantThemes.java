package de.mosaik.identity;

import java.util.List;

/**
 * The colour schemes a tenant can choose. Each is a KERN theme variant defined in
 * {@code static/css/mosaik.css} with colours checked for WCAG AA contrast.
 */
public final class TenantThemes {

    public static final List<String> ALL = List.of("blau", "gruen", "petrol", "rot", "violett");

    private TenantThemes() {}
}
