package de.mosaik.programmes.web;

/** The back-office addresses of programmes, below {@code /verwaltung/{slug}}. */
final class Routes {

    static final String BASE = "/verwaltung/{slug}";
    static final String PROGRAMMES = "/programme";
    static final String PROGRAMME = PROGRAMMES + "/{id}";
    static final String MODULE = PROGRAMME + "/bausteine/{moduleId}";
    static final String EDIT = "hasAnyRole('TENANT_ADMIN','STAFF')";

    private Routes() {}
}
