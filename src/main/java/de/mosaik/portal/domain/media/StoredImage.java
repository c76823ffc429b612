package de.mosaik.portal.domain.media;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An image of the library with its German texts and the widths stored for it, narrowest first. */
public record StoredImage(
        UUID id,
        UUID tenantId,
        String alt,
        String caption,
        String credit,
        String contentType,
        int width,
        int height,
        String contentHash,
        List<Integer> widths,
        int uses,
        Instant createdAt,
        int version) {

    public StoredImage {
        widths = List.copyOf(widths);
    }

    public boolean inUse() {
        return uses > 0;
    }

    /** The stored width closest to {@code wanted} from above, or the widest there is. */
    public int widthFor(int wanted) {
        return widths.stream().filter(w -> w >= wanted).findFirst().orElse(width);
    }
}
