package de.mosaik.portal.web.media;

import de.mosaik.identity.TenantProfile;
import de.mosaik.identity.Tenants;
import de.mosaik.portal.domain.media.ImageLibrary;
import de.mosaik.portal.domain.media.ImageUrls;
import java.time.Duration;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Serves an image's renditions on the tenant's public path; another tenant's slug finds nothing.
 * The bytes of an image never change (new bytes are a new image), so the ETag is its content hash,
 * and a URL carrying that hash may be kept by browsers and proxies for a year.
 */
@Controller
class PublicImageController {

    private static final Duration SHORT = Duration.ofHours(1);
    private static final Duration LONG = Duration.ofDays(365);

    private final Tenants tenants;
    private final ImageLibrary library;

    PublicImageController(Tenants tenants, ImageLibrary library) {
        this.tenants = tenants;
        this.library = library;
    }

    @GetMapping(ImageRoutes.PUBLIC)
    ResponseEntity<byte[]> rendition(
            @PathVariable String slug,
            @PathVariable String id,
            @PathVariable String width,
            @RequestParam(name = "v", required = false) @Nullable String version,
            @RequestHeader(name = "If-None-Match", required = false) @Nullable String ifNoneMatch) {
        var tenant = tenants.bySlug(slug).filter(TenantProfile::active);
        var imageId = uuid(id);
        var pixels = number(width);
        if (tenant.isEmpty() || imageId == null || pixels == null) {
            return ResponseEntity.notFound().build();
        }
        var image = library.byId(tenant.get().id(), imageId);
        if (image.isEmpty() || !image.get().widths().contains(pixels)) {
            return ResponseEntity.notFound().build();
        }
        var etag = "\"" + ImageUrls.version(image.get()) + "-" + pixels + "\"";
        boolean hashed = ImageUrls.version(image.get()).equals(version);
        var cache = hashed
                ? CacheControl.maxAge(LONG).cachePublic().immutable()
                : CacheControl.maxAge(SHORT).cachePublic();
        if (etag.equals(ifNoneMatch)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .eTag(etag)
                    .cacheControl(cache)
                    .build();
        }
        return library.rendition(tenant.get().id(), imageId, pixels)
                .map(bytes -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(image.get().contentType()))
                        .eTag(etag)
                        .cacheControl(cache)
                        .body(bytes))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static @Nullable UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable Integer number(String text) {
        return text.matches("[1-9][0-9]{0,4}") ? Integer.valueOf(text) : null;
    }
}
