package de.mosaik.portal;

import de.mosaik.shared.translation.ShownText;
import java.util.UUID;

/**
 * An image as a public page shows it, for {@code @template.tag.image}: {@code src} and
 * {@code srcset} name the stored widths with the content hash (so browsers keep them for a year),
 * {@code width} and {@code height} give the aspect ratio before the image loads, {@code alt} and
 * {@code caption} are in the page's language or German with {@code lang="de"}.
 */
public record PublishedImage(
        UUID id, String src, String srcset, int width, int height, ShownText alt, ShownText caption, String credit) {

    public boolean hasCaption() {
        return !caption.isBlank() || !credit.isBlank();
    }
}
