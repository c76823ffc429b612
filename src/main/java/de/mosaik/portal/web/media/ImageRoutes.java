package de.mosaik.portal.web.media;

/** Paths of the image library: staff's under the back office, the renditions under the tenant's public path. */
final class ImageRoutes {

    static final String LIBRARY = "/inhalte/bilder";
    static final String BACK_OFFICE = "/verwaltung/{slug}" + LIBRARY;
    static final String PUBLIC = "/{slug}/bilder/{id}/{width}";

    /** Staff who write the portal's content: the tenant's administrators and staff, not trainers. */
    static final String EDIT = "hasAnyRole('TENANT_ADMIN','STAFF')";

    private ImageRoutes() {}
}
