package de.mosaik.portal.web;

/** Addresses of the portal's content, in the back office and in public (ADR 0006). */
final class ContentRoutes {

    /** Who edits a tenant's portal content: its administrators and staff; trainers do not. */
    static final String EDIT = "hasAnyRole('TENANT_ADMIN','STAFF')";

    static final String BASE = "/verwaltung/{slug}";
    static final String PAGES = "/inhalte/seiten";
    static final String NEWS = "/inhalte/aktuelles";
    static final String START = "/inhalte/startseite";
    static final String OFFERS = "/inhalte/angebote";
    static final String PLACES = "/inhalte/orte";
    static final String CONTACTS = "/inhalte/ansprechpersonen";

    /** Where the shared translation editor shows an owner's texts side by side. */
    static String translations(String tenantSlug, String ownerKind, Object ownerId) {
        return "/verwaltung/" + tenantSlug + "/uebersetzungen/" + ownerKind + "/" + ownerId;
    }

    static String publicPage(String tenantSlug, String pageSlug) {
        return "/" + tenantSlug + "/seiten/" + pageSlug;
    }

    static String publicNews(String tenantSlug, String newsSlug) {
        return "/" + tenantSlug + "/aktuelles/" + newsSlug;
    }

    private ContentRoutes() {}
}
