package de.mosaik.portal;

import de.mosaik.shared.translation.ContentLanguage;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The tenant's image library, for the parts of the portal that show images (pages, offers, places).
 * An image is shown with {@code @template.tag.image(image = …)} from a {@link PublishedImage}.
 * Whoever shows one records it with {@link #use} and gives it back with {@link #release}, so that
 * staff cannot delete an image a page still shows.
 */
public interface PortalImages {

    /** The owner kind of an image's texts in {@code shared.translation}: fields {@code alt} and {@code caption}. */
    String OWNER_KIND = "portal.image";

    /** The tenant's images, newest first, for a picker in an editing form. */
    List<ImageChoice> choices(UUID tenantId, String tenantSlug);

    /**
     * An image as a page in {@code language} shows it: alt text and caption translated, German where
     * there is no published translation. Empty when the tenant has no such image.
     */
    Optional<PublishedImage> published(UUID tenantId, String tenantSlug, UUID imageId, ContentLanguage language);

    /** Several images for one page, with one query for their texts; ids of other tenants are left out. */
    Map<UUID, PublishedImage> published(
            UUID tenantId, String tenantSlug, Collection<UUID> imageIds, ContentLanguage language);

    /**
     * Records that {@code userKind}/{@code userId} (e.g. {@code portal.place} and the place's id) shows
     * the image. False when the tenant has no such image: the caller refuses the choice.
     */
    boolean use(UUID tenantId, UUID imageId, String userKind, UUID userId);

    /** The user no longer shows the image. */
    void release(UUID tenantId, UUID imageId, String userKind, UUID userId);

    /** The user is deleted: it shows no image any more. */
    void releaseAll(UUID tenantId, String userKind, UUID userId);

    /**
     * Adds an image file with its German alternative text, caption and credit, checked like an
     * upload. Empty when the file is refused. The same file twice gives the first image's id.
     */
    Optional<UUID> add(UUID tenantId, byte[] file, String alt, String caption, String credit);
}
