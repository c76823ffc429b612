package de.mosaik.identity;

import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.translation.ShownText;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads tenants, and the platform operator's profile, for other modules such as the public portal. */
public interface Tenants {

    Optional<TenantProfile> bySlug(String slug);

    Optional<TenantProfile> byId(UUID id);

    /** Active tenants, ordered by name. */
    List<TenantProfile> active();

    /** Every tenant, switched off or not, ordered by name. */
    List<TenantProfile> all();

    Optional<Logo> logo(String slug);

    /**
     * The tenant's public description in {@code language}: its published, current translation, or the German
     * (marked as such) when there is none.
     */
    ShownText description(TenantProfile tenant, ContentLanguage language);

    PlatformProfile platform();
}
