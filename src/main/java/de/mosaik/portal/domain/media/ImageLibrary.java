package de.mosaik.portal.domain.media;

import de.mosaik.portal.ImageChoice;
import de.mosaik.portal.PortalImages;
import de.mosaik.portal.PublishedImage;
import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.translation.TextKey;
import de.mosaik.shared.translation.Translations;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tenant's image library: uploads checked and scaled by {@link ImageProcessor}, texts
 * translatable through {@code shared.translation} (owner kind {@value PortalImages#OWNER_KIND}),
 * renditions served per tenant, and deletion refused while a page shows the image.
 */
@Service
public class ImageLibrary implements PortalImages {

    static final String ALT = "alt";
    static final String CAPTION = "caption";

    private final ImageRepository images;
    private final Translations translations;
    private final TransactionTemplate transaction;

    ImageLibrary(ImageRepository images, Translations translations, PlatformTransactionManager transactions) {
        this.images = images;
        this.translations = translations;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** What became of an upload: the new (or identical earlier) image's id, or why the file was refused. */
    public record Uploaded(@Nullable UUID id, @Nullable ImageRefusal refusal) {}

    public enum Deleted {
        DELETED,
        IN_USE,
        NOT_FOUND
    }

    @Transactional(readOnly = true)
    public List<StoredImage> all(UUID tenantId) {
        return images.all(tenantId);
    }

    @Transactional(readOnly = true)
    public Optional<StoredImage> byId(UUID tenantId, UUID id) {
        return images.byId(tenantId, id);
    }

    /** Checks, re-encodes and scales the file, then keeps it; the heavy work happens outside the transaction. */
    public Uploaded upload(UUID tenantId, byte[] file, ImageTexts texts) {
        var sourceHash = sha256(file);
        var earlier = images.bySourceHash(tenantId, sourceHash);
        if (earlier.isPresent()) {
            return new Uploaded(earlier.get(), null);
        }
        var outcome = ImageProcessor.process(file);
        if (outcome.image() == null) {
            return new Uploaded(null, outcome.refusal());
        }
        var image = outcome.image();
        return new Uploaded(transaction.execute(status -> store(tenantId, image, texts, sourceHash)), null);
    }

    private UUID store(UUID tenantId, ProcessedImage image, ImageTexts texts, String sourceHash) {
        var id = UUID.randomUUID();
        if (images.insert(id, tenantId, texts, image, sha256(image.original().bytes()), sourceHash)) {
            return id;
        }
        // The same file arrived twice at once: the first one's image is the answer to both.
        return images.bySourceHash(tenantId, sourceHash).orElseThrow();
    }

    /**
     * Saves changed texts unless somebody saved in between (false then). A real change of the alt
     * text or caption marks their translations outdated; a {@code minorEdit} keeps them current.
     */
    @Transactional
    public boolean updateTexts(UUID tenantId, UUID id, int version, ImageTexts texts, boolean minorEdit) {
        var before = images.byId(tenantId, id);
        if (before.isEmpty() || !images.updateTexts(tenantId, id, version, texts)) {
            return false;
        }
        var old = before.get();
        translations.sourceChanged(tenantId, new TextKey(OWNER_KIND, id, ALT), old.alt(), texts.alt(), minorEdit);
        translations.sourceChanged(
                tenantId, new TextKey(OWNER_KIND, id, CAPTION), old.caption(), texts.caption(), minorEdit);
        return true;
    }

    @Transactional
    public Deleted delete(UUID tenantId, UUID id) {
        var image = images.byId(tenantId, id);
        if (image.isEmpty()) {
            return Deleted.NOT_FOUND;
        }
        if (!images.deleteUnused(tenantId, id)) {
            return Deleted.IN_USE;
        }
        translations.removeOwner(tenantId, OWNER_KIND, id);
        return Deleted.DELETED;
    }

    @Transactional(readOnly = true)
    public Optional<byte[]> rendition(UUID tenantId, UUID id, int width) {
        return images.rendition(tenantId, id, width);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ImageChoice> choices(UUID tenantId, String tenantSlug) {
        return images.all(tenantId).stream()
                .map(i -> new ImageChoice(
                        i.id(), i.alt(), ImageUrls.of(tenantSlug, i, i.widthFor(ImageUrls.THUMBNAIL_WIDTH))))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PublishedImage> published(
            UUID tenantId, String tenantSlug, UUID imageId, ContentLanguage language) {
        return Optional.ofNullable(
                published(tenantId, tenantSlug, List.of(imageId), language).get(imageId));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, PublishedImage> published(
            UUID tenantId, String tenantSlug, Collection<UUID> imageIds, ContentLanguage language) {
        var found = images.byIds(tenantId, imageIds);
        var texts = translations.load(
                tenantId, OWNER_KIND, found.stream().map(StoredImage::id).toList());
        var result = new LinkedHashMap<UUID, PublishedImage>();
        for (var image : found) {
            result.put(
                    image.id(),
                    new PublishedImage(
                            image.id(),
                            ImageUrls.of(tenantSlug, image, image.widthFor(ImageUrls.DEFAULT_WIDTH)),
                            ImageUrls.srcset(tenantSlug, image),
                            image.width(),
                            image.height(),
                            texts.text(image.id(), ALT, image.alt()).in(language),
                            texts.text(image.id(), CAPTION, image.caption()).in(language),
                            image.credit()));
        }
        return result;
    }

    @Override
    @Transactional
    public boolean use(UUID tenantId, UUID imageId, String userKind, UUID userId) {
        return images.use(tenantId, imageId, userKind, userId);
    }

    @Override
    @Transactional
    public void release(UUID tenantId, UUID imageId, String userKind, UUID userId) {
        images.release(tenantId, imageId, userKind, userId);
    }

    @Override
    @Transactional
    public void releaseAll(UUID tenantId, String userKind, UUID userId) {
        images.releaseAll(tenantId, userKind, userId);
    }

    @Override
    public Optional<UUID> add(UUID tenantId, byte[] file, String alt, String caption, String credit) {
        return Optional.ofNullable(
                upload(tenantId, file, new ImageTexts(alt, caption, credit)).id());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
