package de.mosaik.portal.web;

/** Paths of the portal content in the back office, below {@code /verwaltung/{slug}}. */
final class ContentRoutes {

    static final String BASE = "/verwaltung/{slug}/inhalte";
    static final String OFFERS = "/inhalte/angebote";
    static final String PLACES = "/inhalte/orte";
    static final String CONTACTS = "/inhalte/ansprechpersonen";

    /** Who may write portal content: the tenant's administrators and staff. */
    static final String EDIT = "hasAnyRole('TENANT_ADMIN','STAFF')";

    private ContentRoutes() {}

    /** The generic translation editor of one item (built in shared.translation's web part). */
    static String translations(String tenantSlug, String ownerKind, java.util.UUID ownerId) {
        return "/verwaltung/" + tenantSlug + "/uebersetzungen/" + ownerKind + "/" + ownerId;
    }
}
