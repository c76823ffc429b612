package de.mosaik.portal.domain;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Where a page taken over from another tenant came from: the origin page (null once it is gone), the origin's
 * tenant and its name, and whether the page is a live copy that follows the origin or an independent copy.
 */
public record PageOrigin(
        UUID pageId, @Nullable UUID originPageId, UUID originTenantId, String originName, boolean live) {}
