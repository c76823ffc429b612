package de.mosaik.organisations;

/** What kind of body an organisation is; the register's main facet. */
public enum OrganisationKind {
    MUNICIPALITY,
    COUNTY,
    STATE_AGENCY,
    FEDERAL_AGENCY,
    UNIVERSITY,
    RESEARCH_INSTITUTE,
    FOUNDATION,
    ASSOCIATION,
    MIGRANT_ORGANISATION,
    SCHOOL,
    KITA,
    CLINIC,
    FUNDER,
    OTHER;

    public String messageKey() {
        return "organisations.kind." + name();
    }

    /** Municipalities and counties carry an official municipality key and take part as local authorities. */
    public boolean localAuthority() {
        return this == MUNICIPALITY || this == COUNTY;
    }
}
