package de.mosaik.portal.domain;

import de.mosaik.portal.OpenState;
import de.mosaik.portal.PortalTeaser;
import java.util.List;

/** A place with its texts in the page's language, its contacts and offers, and whether it is open now. */
public record PublicPlace(
        PortalPlace place,
        ShownTexts texts,
        List<PublicContact> contacts,
        List<PortalTeaser> offers,
        OpenState state) {}
