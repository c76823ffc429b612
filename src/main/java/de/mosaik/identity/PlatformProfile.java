package de.mosaik.identity;

/**
 * The operator of the installation and the legal texts of the platform's own public pages (start
 * page, list of tenants). Texts are Markdown.
 */
public record PlatformProfile(
        String operatorName, String email, String imprint, String privacy, String accessibility, int version) {}
