package de.mosaik.shared.web;

import java.util.UUID;

/**
 * The tenant of a back-office request ({@code /verwaltung/{slug}/…}), resolved and access-checked
 * before any controller runs. Controllers take it as a parameter and filter every query by its id.
 */
public record BackOfficeTenant(UUID id, String slug, String name) {

    public static final String REQUEST_ATTRIBUTE = BackOfficeTenant.class.getName();

    public String path(String rest) {
        return "/verwaltung/" + slug + rest;
    }
}
