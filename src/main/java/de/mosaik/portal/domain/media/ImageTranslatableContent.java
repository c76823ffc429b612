package de.mosaik.portal.domain.media;

import de.mosaik.identity.Tenants;
import de.mosaik.portal.PortalImages;
import de.mosaik.shared.translation.SourceText;
import de.mosaik.shared.translation.TranslatableContent;
import de.mosaik.shared.translation.TranslatableItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The alternative texts and captions of the tenant's images, for the translation overview, editor and XLIFF. */
@Component
class ImageTranslatableContent implements TranslatableContent {

    private final ImageRepository images;
    private final Tenants tenants;

    ImageTranslatableContent(ImageRepository images, Tenants tenants) {
        this.images = images;
        this.tenants = tenants;
    }

    @Override
    public String ownerKind() {
        return PortalImages.OWNER_KIND;
    }

    /** The owner kind is also the message key of its name, "Bilder (Alternativtexte und Bildunterschriften)". */
    @Override
    public String kindLabelKey() {
        return PortalImages.OWNER_KIND;
    }

    @Override
    public List<TranslatableItem> items(UUID tenantId) {
        var slug = tenants.byId(tenantId).map(t -> t.slug()).orElse(null);
        if (slug == null) {
            return List.of();
        }
        return images.all(tenantId).stream().map(i -> item(slug, i)).toList();
    }

    @Override
    public Optional<TranslatableItem> item(UUID tenantId, UUID ownerId) {
        return tenants.byId(tenantId)
                .flatMap(t -> images.byId(tenantId, ownerId).map(i -> item(t.slug(), i)));
    }

    private static TranslatableItem item(String slug, StoredImage image) {
        var fields = new ArrayList<SourceText>();
        fields.add(new SourceText(ImageLibrary.ALT, image.alt(), false));
        if (!image.caption().isBlank()) {
            fields.add(new SourceText(ImageLibrary.CAPTION, image.caption(), false));
        }
        return new TranslatableItem(
                image.id(), image.alt(), fields, "/verwaltung/" + slug + "/inhalte/bilder/" + image.id());
    }
}
