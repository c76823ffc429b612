package de.mosaik.events.web;

import de.mosaik.events.domain.ApiSettingsService;
import de.mosaik.identity.TenantProfile;
import de.mosaik.identity.Tenants;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.CorsUtils;

/**
 * Cross-origin rules of the public API, per tenant: the tenant named in
 * {@code /api/v1/{tenant}/…} decides which websites' scripts may read its events and send
 * registrations. Spring Security's CORS filter finds this source by its bean name. Other paths
 * get no CORS headers, so browsers keep them to their own origin.
 */
@Component("corsConfigurationSource")
class ApiCorsConfiguration implements CorsConfigurationSource {

    static final String PREFIX = "/api/v1/";

    private final Tenants tenants;
    private final ApiSettingsService settings;

    ApiCorsConfiguration(Tenants tenants, ApiSettingsService settings) {
        this.tenants = tenants;
        this.settings = settings;
    }

    @Override
    public @Nullable CorsConfiguration getCorsConfiguration(HttpServletRequest request) {
        if (!CorsUtils.isCorsRequest(request)) {
            return null;
        }
        var slug = tenantSlug(
                request.getRequestURI().substring(request.getContextPath().length()));
        if (slug == null) {
            return null;
        }
        var origins = tenants.bySlug(slug)
                .filter(TenantProfile::active)
                .map(tenant -> settings.allowedOrigins(tenant.id()))
                .orElse(List.of());
        var config = new CorsConfiguration();
        config.setAllowedOrigins(origins);
        config.setAllowedMethods(List.of("GET", "HEAD", "POST"));
        config.setAllowedHeaders(List.of("Content-Type", "Accept", "Accept-Language", "Idempotency-Key"));
        config.setExposedHeaders(List.of(ApiEventsController.TOTAL, "Link", "Location"));
        config.setAllowCredentials(false);
        config.setMaxAge(Duration.ofHours(1));
        return config;
    }

    /** {@code /api/v1/kreis-dueren/events} → {@code kreis-dueren}; null for other paths. */
    static @Nullable String tenantSlug(String path) {
        if (!path.startsWith(PREFIX)) {
            return null;
        }
        var rest = path.substring(PREFIX.length());
        var slash = rest.indexOf('/');
        return slash <= 0 ? null : rest.substring(0, slash);
    }
}
