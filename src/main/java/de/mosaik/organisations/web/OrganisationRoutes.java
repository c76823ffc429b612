package de.mosaik.organisations.web;

import java.util.UUID;

/** Paths of the register: the platform administration's pages and the picker for other modules' forms. */
final class OrganisationRoutes {

    static final String LIST = "/plattform/organisationen";
    static final String NEW = LIST + "/neu";
    static final String ONE = LIST + "/{organisationId}";
    static final String TENANT = ONE + "/mandant";
    static final String PICKER = "/organisationen/auswahl";

    private OrganisationRoutes() {}

    static String one(UUID id) {
        return LIST + "/" + id;
    }
}
