package de.mosaik.portal.domain;

/** An offer is a draft until staff publish it; only published offers reach the public. */
public enum OfferStatus {
    DRAFT,
    PUBLISHED
}
