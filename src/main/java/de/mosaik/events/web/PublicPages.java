package de.mosaik.events.web;

import de.mosaik.identity.TenantProfile;
import de.mosaik.identity.Tenants;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** Finds the active tenant of a public page and how the layout shows it; unknown or inactive → 404. */
@Component
class PublicPages {

    private final Tenants tenants;

    PublicPages(Tenants tenants) {
        this.tenants = tenants;
    }

    TenantProfile tenant(String slug) {
        return tenants.bySlug(slug)
                .filter(TenantProfile::active)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** An id from the path; anything that is no id names no event. */
    static UUID id(@Nullable String value) {
        try {
            if (value != null && value.length() == 36) {
                return UUID.fromString(value);
            }
        } catch (IllegalArgumentException e) {
            // falls through to 404
        }
        throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
