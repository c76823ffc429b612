package de.mosaik.programmes.web;

/** The back-office addresses of programmes, below {@code /verwaltung/{slug}}. */
final class ProgrammeRoutes {

    static final String BASE = "/verwaltung/{slug}";
    static final String PROGRAMMES = "/programme";
    static final String PROGRAMME = PROGRAMMES + "/{id}";
    static final String BUILDING_BLOCK = PROGRAMME + "/bausteine/{buildingBlockId}";
    static final String EDIT = "hasAnyRole('TENANT_ADMIN','STAFF')";

    private ProgrammeRoutes() {}
}
