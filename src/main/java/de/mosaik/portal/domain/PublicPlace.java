package de.mosaik.portal.domain;

import de.mosaik.portal.OpenState;
import de.mosaik.portal.PortalTeaser;
import de.mosaik.portal.PublishedImage;
import de.mosaik.shared.translation.ContentLanguage;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A place with its texts in the page's language, its photo (null: none), its contacts and offers, and
 * whether it is open now.
 */
public record PublicPlace(
        PortalPlace place,
        ShownTexts texts,
        @Nullable PublishedImage photo,
        List<PublicContact> contacts,
        List<PortalTeaser> offers,
        OpenState state,
        Set<ContentLanguage> languages) {}
