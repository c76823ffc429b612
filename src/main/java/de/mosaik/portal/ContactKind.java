package de.mosaik.portal;

/** Whom a contact names: a person of the team, or a desk (an office, a hotline) whoever staffs it. */
public enum ContactKind {
    PERSON,
    DESK
}
