package de.mosaik.portal;

/**
 * Whom an offer is for. A fixed list rather than free text, so that the public list can be filtered
 * by it in every language without anyone translating tenant vocabulary; the offer's own note says more.
 */
public enum OfferAudience {
    CHILDREN,
    YOUTH,
    PARENTS,
    ADULTS,
    NEWCOMERS,
    SCHOOLS,
    PROFESSIONALS,
    ORGANISATIONS,
    VOLUNTEERS;

    public String messageKey() {
        return "portal.audience." + name();
    }
}
