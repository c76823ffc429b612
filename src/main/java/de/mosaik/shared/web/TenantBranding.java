package de.mosaik.shared.web;

import org.jspecify.annotations.Nullable;

/** What the public layout shows of a tenant in its header. */
public record TenantBranding(
        String slug,
        String name,
        String centreName,
        String theme,
        @Nullable String logoUrl) {

    public String home() {
        return "/" + slug;
    }
}
